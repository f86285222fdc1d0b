import { invalid, valid } from './result.js';
import type { ValidationResult } from './validation-result.js';
import { ValidatorErrorCode } from './validator-error-code.js';

/** Drops spaces and hyphens and a +86 / 0086 country prefix. */
function compact(input: string): string {
  const digits = input.trim().replace(/[\s-]/g, '');
  return digits.replace(/^(?:\+86|0086)/, '');
}

/** Mainland mobile number: 11 digits `1[3-9]xxxxxxxxx`; returned as the bare 11 digits. */
export function validateMobileNumber(input: string): ValidationResult<string> {
  const value = compact(input);
  if (!/^1[3-9]\d{9}$/.test(value)) {
    return invalid(
      ValidatorErrorCode.INVALID_MOBILE_NUMBER,
      'A mobile number has 11 digits and starts with 13–19.',
      'FORMAT',
    );
  }
  return valid(value);
}
