import { z } from 'zod';
import { defineTemplate, greeting, subject } from '../common.js';
import { portalLink } from '../format.js';
import { httpUrl, line } from '../schema.js';

/**
 * To an address someone asked to open an applicant account with: the link that opens it. Nothing
 * the asker typed (the name) is in it: anyone may type any address, and the mail must not carry
 * their words to it.
 */
export interface ApplicantSignupData {
  /** The public portal, e.g. `https://gk.example.gov.cn`. */
  portalUrl: string;
  /** How long the link works. */
  validHours: number;
  /** The link's one-time token: derived when the mail is rendered, never stored. */
  token: string;
}

/**
 * To an address someone asked to open an applicant account with, when it has an account already:
 * no second account, and nothing in the api's answer tells the asker so; the owner learns it here.
 */
export interface SignupExistingData {
  /** The public portal, e.g. `https://gk.example.gov.cn`. */
  portalUrl: string;
}

const signupSchema = z.object({
  portalUrl: httpUrl(),
  validHours: z.int().min(1).max(168),
  token: line(200),
}) satisfies z.ZodType<ApplicantSignupData>;

const existingSchema = z.object({
  portalUrl: httpUrl(),
}) satisfies z.ZodType<SignupExistingData>;

/** In the fragment (`#token=`), which browsers never send to a server: as the reset link. */
export function applicantSignupUrl(portalUrl: string, token: string): string {
  return `${portalLink(portalUrl, 'account/confirm')}#token=${encodeURIComponent(token)}`;
}

export const applicantSignup = defineTemplate(signupSchema, (d) => ({
  subject: subject('确认注册申请人账户'),
  greeting: greeting(undefined, '您好'),
  blocks: [
    {
      kind: 'paragraph',
      text: '我们收到了用本邮箱注册政府信息公开平台申请人账户的请求。请通过以下链接开通账户，开通时需输入注册时设置的密码：',
    },
    { kind: 'link', label: '开通账户', url: applicantSignupUrl(d.portalUrl, d.token) },
    {
      kind: 'notice',
      text: `该链接${d.validHours}小时内有效，只能使用一次。请勿将该链接转发给他人。`,
    },
    {
      kind: 'paragraph',
      text: '如果您没有申请注册，请忽略本邮件，不会开通任何账户。',
    },
  ],
}));

export const signupExisting = defineTemplate(existingSchema, (d) => ({
  subject: subject('该邮箱已注册'),
  greeting: greeting(undefined, '您好'),
  blocks: [
    {
      kind: 'paragraph',
      text: '我们收到了用本邮箱注册政府信息公开平台申请人账户的请求，但本邮箱已有账户，因此没有开通新账户。',
    },
    { kind: 'link', label: '直接登录', url: portalLink(d.portalUrl, 'account/login') },
    { kind: 'link', label: '忘记密码', url: portalLink(d.portalUrl, 'forgot-password') },
    {
      kind: 'paragraph',
      text: '如果您没有申请注册，请忽略本邮件，您的账户不受影响。',
    },
  ],
}));
