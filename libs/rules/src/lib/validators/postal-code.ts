import { invalid, valid } from './result.js';
import type { ValidationResult } from './validation-result.js';
import { ValidatorErrorCode } from './validator-error-code.js';

/** Mainland postal code (邮政编码): 6 digits. */
export function validatePostalCode(input: string): ValidationResult<string> {
  const value = input.trim();
  if (!/^\d{6}$/.test(value)) {
    return invalid(ValidatorErrorCode.INVALID_POSTAL_CODE, 'A postal code has 6 digits.', 'FORMAT');
  }
  return valid(value);
}
