import { invalid, valid } from './result.js';
import type { ValidationResult } from './validation-result.js';
import { ValidatorErrorCode } from './validator-error-code.js';

/** RFC 5321 dot-atom local part (no quoted strings: no mail service here hands those out). */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** A DNS label; letters may be non-ASCII for internationalised domains such as 中国. */
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TOP_LEVEL = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

/**
 * A deliverable-looking e-mail address: one `@`, a dot-atom local part of at most 64
 * characters, a domain of at least two labels with an alphabetic top level, 254 characters
 * in all. Returned trimmed, with the domain lower-cased (the local part is case-sensitive).
 */
export function validateEmail(input: string): ValidationResult<string> {
  const fail = (reason: string) =>
    invalid<string>(ValidatorErrorCode.INVALID_EMAIL, 'Not a valid e-mail address.', reason);
  const value = input.trim();
  const at = value.lastIndexOf('@');
  if (value.length > 254 || at <= 0) return fail('FORMAT');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL_PART.test(local)) return fail('LOCAL_PART');
  const labels = domain.split('.');
  const top = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TOP_LEVEL.test(top)) {
    return fail('DOMAIN');
  }
  return valid(`${local}@${domain}`);
}
