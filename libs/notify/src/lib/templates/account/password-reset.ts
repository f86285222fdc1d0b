import { z } from 'zod';
import { defineTemplate, greeting, subject } from '../common.js';
import { portalLink } from '../format.js';
import { httpUrl, line } from '../schema.js';

/** To the owner of an account who asked to reset its password. */
export interface PasswordResetData {
  recipientName: string;
  /** The public portal, e.g. `https://gk.example.gov.cn`. */
  portalUrl: string;
  /** How long the link works. */
  validMinutes: number;
  /** The link's one-time token: derived when the mail is rendered, never stored. */
  token: string;
}

const schema = z.object({
  recipientName: line(),
  portalUrl: httpUrl(),
  validMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  token: line(200),
}) satisfies z.ZodType<PasswordResetData>;

/**
 * The token travels in the link's fragment (`#token=`), which browsers never send to a server:
 * it stays out of access logs and `Referer` headers.
 */
export function passwordResetUrl(portalUrl: string, token: string): string {
  return `${portalLink(portalUrl, 'reset-password')}#token=${encodeURIComponent(token)}`;
}

export const passwordReset = defineTemplate(schema, (d) => ({
  subject: subject('重置密码'),
  greeting: greeting(d.recipientName, '您好'),
  blocks: [
    {
      kind: 'paragraph',
      text: '我们收到了重置您政府信息公开平台账户密码的请求。请通过以下链接设置新密码：',
    },
    { kind: 'link', label: '设置新密码', url: passwordResetUrl(d.portalUrl, d.token) },
    {
      kind: 'notice',
      text:
        `该链接${d.validMinutes}分钟内有效，只能使用一次；设置新密码后，您的账户在所有设备上的登录都将失效。` +
        '请勿将该链接转发给他人。',
    },
    {
      kind: 'paragraph',
      text: '如果您没有申请重置密码，请忽略本邮件，您的密码不会改变。',
    },
  ],
}));
