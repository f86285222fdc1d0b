import { simpleParser } from 'mailparser';
import { buildMimeMessage, parseSender } from './mime-message.js';

const sender = parseSender('公开办 <noreply@demo.gongkai.cn>')!;
const parts = {
  to: 'officer@例子.中国',
  subject: '【提醒】申请 GK-2026-000123 答复期限还剩 5 个工作日，请及时办理（市政府办公室）',
  text: '张三您好：\n.以点开头的一行\n答复期限：2026年12月4日\n',
  html: '<p>张三您好：</p>\n<p>答复期限：<b>2026年12月4日</b></p>',
  headers: { 'X-Gongkai-Reference': '3f6c1c2e-0d7b-4a3e-9d55-2b7f4f0b1a10' },
};

describe('buildMimeMessage', () => {
  it('reads back as the same message (subject, sender, recipient, both parts, reference)', async () => {
    const built = buildMimeMessage(sender, parts, new Date('2026-11-27T01:02:03Z'))!;
    const mail = await simpleParser(built.raw);
    expect(mail.subject).toBe(parts.subject);
    expect(mail.from?.value).toEqual([{ name: '公开办', address: 'noreply@demo.gongkai.cn' }]);
    expect(built.to).toBe('officer@xn--fsqu00a.xn--fiqs8s');
    expect(mail.to).toMatchObject({ value: [{ address: parts.to }] }); // read back from punycode
    expect(mail.text).toBe(parts.text);
    expect(mail.html).toBe(parts.html);
    expect(mail.headers.get('x-gongkai-reference')).toBe(parts.headers['X-Gongkai-Reference']);
    expect(mail.messageId).toBe(built.messageId);
    expect(mail.date?.toISOString()).toBe('2026-11-27T01:02:03.000Z');
    // Lines stay within SMTP's limit, and none is a lone dot.
    const lines = built.raw.toString('ascii').split('\r\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(78);
    expect(lines).not.toContain('.');
  });

  it('reads back long parts whole, in base64 lines of 76 characters, with no blank line before a boundary', async () => {
    // 171 ASCII bytes: exactly three lines of base64; the HTML part spans dozens of lines.
    const text = 'a'.repeat(170) + '\n';
    const html = `<p>${'答复期限：2026年12月4日。'.repeat(120)}</p>`;
    const built = buildMimeMessage(sender, { ...parts, text, html }, new Date())!;
    const mail = await simpleParser(built.raw);
    expect(mail.text).toBe(text);
    expect(mail.html).toBe(html);
    const raw = built.raw.toString('ascii');
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    expect(Math.max(...body.split('\r\n').map((line) => line.length))).toBe(76);
    expect(body).not.toContain('\r\n\r\n--');
  });

  it('keeps a line break in the subject inside the subject (no injected header)', async () => {
    const built = buildMimeMessage(
      sender,
      { ...parts, subject: 'hello\r\nBcc: someone@example.com' },
      new Date(),
    )!;
    const mail = await simpleParser(built.raw);
    expect(mail.headers.has('bcc')).toBe(false);
  });

  it('leaves to the general composer what it cannot write in ASCII', () => {
    expect(buildMimeMessage(sender, { ...parts, to: '张三@example.cn' }, new Date())).toBeNull();
    expect(parseSender('noreply@demo.gongkai.cn')).toMatchObject({
      header: 'noreply@demo.gongkai.cn',
      domain: 'demo.gongkai.cn',
    });
    expect(parseSender('Gongkai Office <gk@example.cn>')?.header).toBe(
      'Gongkai Office <gk@example.cn>',
    );
  });
});
