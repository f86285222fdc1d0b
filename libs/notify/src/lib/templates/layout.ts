/** The one layout every e-mail shares: a header with the system name, the body, a footer. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface MailContent {
  subject: string;
  /** Paragraphs of plain text; each becomes one <p> in the HTML part. */
  paragraphs: string[];
}

export function renderLayout(content: MailContent): RenderedMail {
  const footer = '本邮件由公开（Gongkai）政府信息公开申请办理系统自动发送，请勿直接回复。';
  const text = [...content.paragraphs, '', '—', footer].join('\n');
  const html = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head>',
    '<body style="font-family:sans-serif;color:#222;max-width:640px;margin:auto">',
    '<h2 style="border-bottom:2px solid #b22;padding-bottom:4px">政府信息公开</h2>',
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<hr><p style="color:#888;font-size:12px">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('');
  return { subject: content.subject, text, html };
}
