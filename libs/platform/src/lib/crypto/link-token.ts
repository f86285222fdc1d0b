import { timingSafeEqual } from 'node:crypto';
import { isUuid } from '@gongkai/rules';
import type { DataProtection } from './data-protection.js';

/** What a one-time e-mailed link does; a token made for one purpose is refused for another. */
export type LinkPurpose = 'password-reset' | 'applicant-signup';

/**
 * The token of a one-time e-mailed link (a password reset, an applicant's sign-up): the row's id
 * and a keyed hash of it and the purpose under DATA_ENCRYPTION_KEY. Nothing secret is stored;
 * the worker derives it when it renders the e-mail, and the api checks it by deriving it again.
 */
export function linkToken(protection: DataProtection, purpose: LinkPurpose, id: string): string {
  return `${id}.${protection.keyedHash(purpose, id)}`;
}

/** The row id a token was made for, or null when the token is malformed or forged. */
export function linkTokenId(
  protection: DataProtection,
  purpose: LinkPurpose,
  token: string,
): string | null {
  const [id, mac, ...rest] = token.trim().split('.');
  if (!id || !mac || rest.length > 0 || !isUuid(id) || !/^[0-9a-f]{64}$/.test(mac)) return null;
  const expected = Buffer.from(protection.keyedHash(purpose, id), 'hex');
  return timingSafeEqual(expected, Buffer.from(mac, 'hex')) ? id : null;
}
