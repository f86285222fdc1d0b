import { DomainError } from '@gongkai/rules';
import { type RenderedMail, renderLayout } from './layout.js';

/** Every template, with the data it needs. Rendering is pure, so it is tested without SMTP. */
export interface TemplateData {
  diagnostic: { requestedAt: string };
}
export type TemplateName = keyof TemplateData;

const templates: { [T in TemplateName]: (data: TemplateData[T]) => RenderedMail } = {
  diagnostic: (data) =>
    renderLayout({
      subject: '【公开】邮件发送测试',
      paragraphs: [
        '这是一封测试邮件：系统的邮件发送通道工作正常。',
        `请求时间：${data.requestedAt}`,
        'This is a test message: Gongkai can send e-mail.',
      ],
    }),
};

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

export function renderTemplate(name: string, data: Record<string, unknown>): RenderedMail {
  if (!isTemplateName(name)) {
    throw new DomainError('MAIL.UNKNOWN_TEMPLATE', `Unknown mail template "${name}"`);
  }
  return (templates[name] as (d: Record<string, unknown>) => RenderedMail)(data);
}
