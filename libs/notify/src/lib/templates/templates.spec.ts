import { renderTemplate } from './templates.js';

describe('mail templates', () => {
  it('renders the diagnostic mail in zh-CN, as HTML and text in one layout', () => {
    const mail = renderTemplate('diagnostic', { requestedAt: '2026-11-26T08:00:00.000Z' });
    expect(mail.subject).toBe('【公开】邮件发送测试');
    expect(mail.text).toContain('请求时间：2026-11-26T08:00:00.000Z');
    expect(mail.text).toContain('请勿直接回复');
    expect(mail.html).toContain('<html lang="zh-CN">');
    expect(mail.html).toContain('<p>请求时间：2026-11-26T08:00:00.000Z</p>');
  });

  it('escapes data in the HTML part', () => {
    const mail = renderTemplate('diagnostic', { requestedAt: '<script>x</script>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it('refuses an unknown template with a code', () => {
    expect(() => renderTemplate('nope', {})).toThrow(
      expect.objectContaining({ code: 'MAIL.UNKNOWN_TEMPLATE' }),
    );
  });
});
