import { timingSafeEqual } from 'node:crypto';
import { isUuid } from '@gongkai/rules';
import type { DataProtection } from './data-protection.js';

const PURPOSE = 'password-reset';

/**
 * The token of a password-reset link: the request's id and a keyed hash of it under
 * DATA_ENCRYPTION_KEY. Nothing secret is stored; the worker derives it when it renders the
 * e-mail, and the api checks it by deriving it again.
 */
export function passwordResetToken(protection: DataProtection, passwordResetId: string): string {
  return `${passwordResetId}.${protection.keyedHash(PURPOSE, passwordResetId)}`;
}

/** The request id a token was made for, or null when the token is malformed or forged. */
export function passwordResetIdOf(protection: DataProtection, token: string): string | null {
  const [id, mac, ...rest] = token.trim().split('.');
  if (!id || !mac || rest.length > 0 || !isUuid(id) || !/^[0-9a-f]{64}$/.test(mac)) return null;
  const expected = Buffer.from(protection.keyedHash(PURPOSE, id), 'hex');
  return timingSafeEqual(expected, Buffer.from(mac, 'hex')) ? id : null;
}
