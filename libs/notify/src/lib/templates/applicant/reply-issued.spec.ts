import { Outcome, OUTCOMES } from '@gongkai/rules';
import { render, renderTemplate, type RenderedMail, type ReplyIssuedData } from '../templates.js';
import { outcomeLabel } from './outcome-label.js';

const REPLY = [
  '张三：',
  '本机关于2024年9月27日收到您的政府信息公开申请。经审查，现答复如下：',
  '',
  '一、您申请公开的《某某规划》已于2023年主动公开。',
  '获取网址：https://www.example.gov.cn/a',
  '',
  '',
  '二、您申请的其他信息本机关未制作。',
].join('\n');

const data = (over: Partial<ReplyIssuedData> = {}): ReplyIssuedData => ({
  agencyName: '某某市自然资源局',
  applicantName: '张三',
  trackingNumber: 'GK-2024-000123',
  outcome: Outcome.PARTIALLY_GRANTED,
  replyText: REPLY,
  issuedOn: '2024-10-25',
  receivedOn: '2024-09-27',
  obtainingMethod: '电子邮件',
  reviewBody: '某某市人民政府',
  ...over,
});

const expectBoth = (mail: RenderedMail, fact: string) => {
  expect(mail.text).toContain(fact);
  expect(mail.html).toContain(fact);
};

describe('reply-issued', () => {
  it('names the outcome in Chinese in the subject and the body', () => {
    const mail = render('reply-issued', data());
    expect(mail.subject).toBe(
      '【政府信息公开】政府信息公开申请答复：部分公开（登记号：GK-2024-000123）',
    );
    expectBoth(mail, '办理结果');
    expectBoth(mail, '部分公开');
    expectBoth(mail, '2024年10月25日（星期五）');
    expectBoth(mail, '2024年9月27日（星期五）');
  });

  it('keeps the paragraphs and line breaks of a long reply', () => {
    const mail = render('reply-issued', data());
    expect(mail.html).toContain(
      '<p>张三：<br>本机关于2024年9月27日收到您的政府信息公开申请。经审查，现答复如下：</p>' +
        '<p>一、您申请公开的《某某规划》已于2023年主动公开。<br>获取网址：https://www.example.gov.cn/a</p>' +
        '<p>二、您申请的其他信息本机关未制作。</p>',
    );
    expect(mail.text).toContain(
      '获取网址：https://www.example.gov.cn/a\n\n二、您申请的其他信息本机关未制作。',
    );
  });

  it('tells how to obtain the information', () => {
    expectBoth(render('reply-issued', data()), '本机关将通过电子邮件向您提供相关信息。');
    const mail = render(
      'reply-issued',
      data({ accessInstructions: '请于工作日到本机关窗口领取。' }),
    );
    expectBoth(mail, '获取信息的方式');
    expectBoth(mail, '请于工作日到本机关窗口领取。');
    const { obtainingMethod: _, ...refusal } = data({ outcome: Outcome.WITHHELD_STATE_SECRET });
    expect(render('reply-issued', refusal).text).not.toContain('获取信息的方式');
  });

  it('states the remedies: reconsideration within 60 days, litigation within 6 months', () => {
    const mail = render('reply-issued', data());
    expectBoth(mail, '自收到本答复之日起60日内向某某市人民政府申请行政复议');
    expectBoth(mail, '6个月内依法向人民法院提起行政诉讼');
    const { reviewBody: _, ...generic } = data();
    expectBoth(render('reply-issued', generic), '60日内依法申请行政复议');
  });

  it('escapes a hostile reply text', () => {
    const mail = render(
      'reply-issued',
      data({ replyText: '<script>steal()</script>\n\n<b>x</b>' }),
    );
    expect(mail.html).not.toMatch(/<script>|<b>/);
    expect(mail.html).toContain(
      '<p>&lt;script&gt;steal()&lt;/script&gt;</p><p>&lt;b&gt;x&lt;/b&gt;</p>',
    );
  });

  it('refuses an outcome that is not a table-三 row', () => {
    expect(() => renderTemplate('reply-issued', { ...data(), outcome: 'MAYBE' })).toThrow(
      expect.objectContaining({ code: 'MAIL.INVALID_TEMPLATE_DATA' }),
    );
  });
});

describe('outcomeLabel', () => {
  it('names outcomes as a letter does, from the table-三 labels', () => {
    expect(outcomeLabel(Outcome.GRANTED)).toBe('予以公开');
    expect(outcomeLabel(Outcome.PARTIALLY_GRANTED)).toBe('部分公开');
    expect(outcomeLabel(Outcome.WITHHELD_STATE_SECRET)).toBe('不予公开（属于国家秘密）');
    expect(outcomeLabel(Outcome.UNAVAILABLE_NOT_HELD)).toBe('无法提供（本机关不掌握相关政府信息）');
    expect(outcomeLabel(Outcome.NOT_PROCESSED_REPEATED)).toBe('不予处理（重复申请）');
    expect(outcomeLabel(Outcome.OTHER)).toBe('其他处理');
  });

  it('gives every outcome a distinct label without table numbering', () => {
    const labels = OUTCOMES.map(outcomeLabel);
    expect(new Set(labels).size).toBe(OUTCOMES.length);
    for (const label of labels) expect(label).not.toMatch(/^（[一二三四五六七]）|（\d|^\d\./);
  });
});
