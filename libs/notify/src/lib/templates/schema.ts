/**
 * Runtime checks of template data. A mail's data comes from a stored outbox/e-mail row, so the
 * types alone prove nothing: a missing or malformed field must fail the job loudly
 * (`MAIL.INVALID_TEMPLATE_DATA`) rather than send a letter with a blank date.
 */
import { z } from 'zod';
import { DomainError, isLocalDate } from '@gongkai/rules';

export const INVALID_TEMPLATE_DATA = 'MAIL.INVALID_TEMPLATE_DATA';

// C0 controls except tab and line feed, plus DEL: never meaningful in a letter.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

const clean = (value: string) => value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');

/** A short single-line value (a name, a number): trimmed, inner whitespace collapsed, not blank. */
export const line = (max = 200) =>
  z
    .string()
    .transform((value) => clean(value).replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1).max(max));

/** Free text that may span several paragraphs (a reply, a reason): not blank. */
export const longText = (max = 100_000) =>
  z
    .string()
    .transform((value) => clean(value).trim())
    .pipe(z.string().min(1).max(max));

/** A legal calendar date `YYYY-MM-DD`. */
export const localDate = () =>
  z.string().refine(isLocalDate, { message: 'must be a calendar date YYYY-MM-DD' });

/** Money in integer fen. */
export const fen = () => z.int().min(0);

/**
 * An absolute http(s) URL, in its canonical form (`new URL(…).href`: odd characters
 * percent-encoded). Anything else (`javascript:`…) must never reach an `href`.
 */
export const httpUrl = () =>
  z.string().transform((value, ctx) => {
    try {
      const url = new URL(value.trim());
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0) {
        return url.href;
      }
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL' });
    return z.NEVER;
  });

/**
 * Parses `data` with `schema`, or throws `MAIL.INVALID_TEMPLATE_DATA`. The error lists the paths
 * and issue codes only, never the values (they may hold personal data).
 */
export function parseTemplateData<T>(template: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code: issue.code,
  }));
  throw new DomainError(
    INVALID_TEMPLATE_DATA,
    `邮件模板数据不完整或格式不正确 (invalid data for mail template "${template}": ${issues
      .map((i) => `${i.path} ${i.code}`)
      .join(', ')})`,
    { template, issues },
  );
}
