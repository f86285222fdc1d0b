import { createHash } from 'node:crypto';
import type { DataProtection } from './data-protection.js';

/** Crockford base32: no I, L, O, U, so a code read aloud or retyped is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters × 5 bits = 80 bits. */
const LENGTH = 16;

/**
 * The query code (查询码) of an application: 80 bits from a keyed PRF (HMAC-SHA256 under a
 * sub-key of DATA_ENCRYPTION_KEY) of the application's random id. It is as unguessable as a
 * random code to anyone without the key, and an idempotent retry of the filing can hand the
 * same code out again, and the acknowledgment mail job can put it in the mail from the
 * application id alone, without the code ever being stored. Shown as `XXXX-XXXX-XXXX-XXXX`.
 */
export function deriveQueryCode(protection: DataProtection, applicationId: string): string {
  const bytes = Buffer.from(protection.keyedHash('query-code', applicationId), 'hex');
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && code.length < LENGTH) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (code.length === LENGTH) break;
  }
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/** The canonical 16 characters of what an applicant typed, or null when it cannot be a code. */
export function normalizeQueryCode(input: string): string | null {
  const value = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return value.length === LENGTH && [...value].every((c) => ALPHABET.includes(c)) ? value : null;
}

/**
 * What is stored: SHA-256 of the canonical code. A fast hash is enough (argon2 is for secrets
 * people choose): 80 random bits cannot be searched offline, and a slow hash on a public,
 * unauthenticated endpoint would only hand out CPU.
 */
export function hashQueryCode(normalized: string): string {
  return createHash('sha256').update(`gongkai-query-code:${normalized}`, 'utf8').digest('hex');
}
