import { invalid, valid } from './result.js';
import type { ValidationResult } from './validation-result.js';
import { ValidatorErrorCode } from './validator-error-code.js';

/** Passports, permits and other documents: letters, digits and hyphens. */
const OTHER_DOCUMENT_NUMBER = /^[A-Z0-9-]{5,30}$/;

/**
 * The number of an identity document other than the resident ID card (passport, travel permit,
 * foreign permanent resident card…): 5–30 letters, digits or hyphens once spaces are dropped.
 * Returned upper-cased without spaces.
 */
export function validateOtherDocumentNumber(input: string): ValidationResult<string> {
  const value = input.toUpperCase().replace(/\s+/g, '');
  if (!OTHER_DOCUMENT_NUMBER.test(value)) {
    return invalid(
      ValidatorErrorCode.INVALID_ID_NUMBER,
      'A document number has 5–30 letters, digits or hyphens.',
      'FORMAT',
    );
  }
  return valid(value);
}
