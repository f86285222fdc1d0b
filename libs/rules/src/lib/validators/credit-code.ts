import { invalid, valid } from './result.js';
import type { ValidationResult } from './validation-result.js';
import { ValidatorErrorCode } from './validator-error-code.js';

/** GB 32100-2015 character set: digits and capitals without I, O, S, V, Z; value = index. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights 3^(i) mod 31 of the first 17 characters. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (position 18) of the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  return CHARSET[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * Validates a unified social credit code (统一社会信用代码, GB 32100): 18 characters of the
 * standard set, a numeric region code in positions 3–8, and the check character. The embedded
 * organisation code's own GB 11714 check is not tested: some issued codes do not satisfy it.
 */
export function validateCreditCode(input: string): ValidationResult<string> {
  const code = ValidatorErrorCode.INVALID_CREDIT_CODE;
  const value = input.trim().toUpperCase();
  if (value.length !== 18) {
    return invalid(code, 'A unified social credit code has 18 characters.', 'FORMAT');
  }
  if ([...value].some((c) => !CHARSET.includes(c))) {
    return invalid(code, 'The credit code contains a character outside GB 32100.', 'CHARSET');
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return invalid(code, 'Positions 3–8 of a credit code are a numeric region code.', 'REGION');
  }
  if (creditCodeCheckCharacter(value) !== value[17]) {
    return invalid(code, 'The check character of the credit code is wrong.', 'CHECK_CHARACTER');
  }
  return valid(value);
}
