import { invalid, valid } from './result.js';
import type { ValidationResult } from './validation-result.js';
import { ValidatorErrorCode } from './validator-error-code.js';

/**
 * Mainland fixed-line number with its area code, e.g. `010-12345678`, `(0527)8321234`,
 * `+86 21 6123 4567`, `0527-83212345 转 801`. Area codes 010 and 02x are followed by 8 digits,
 * the 4-digit ones by 7 or 8; a local number never starts with 0 or 1. Returned normalised as
 * `area-number` or `area-number-extension`.
 */
export function validateLandlineNumber(input: string): ValidationResult<string> {
  const value = input
    .trim()
    .replace(/[（(]/g, '')
    .replace(/[）)]/g, '-')
    .replace(/\s+/g, '')
    // +86 drops the trunk 0 of the area code: +86 10 … is 010 ….
    .replace(/^(?:\+86|0086)-?/, '0');
  const m = /^(010|02\d|0[3-9]\d{2})-?([2-9]\d{6,7})(?:(?:-|转|ext\.?|#)(\d{1,6}))?$/i.exec(value);
  const area = m?.[1];
  const number = m?.[2];
  const shortArea = area !== undefined && area.length === 3;
  if (!area || !number || (shortArea && number.length !== 8)) {
    return invalid(
      ValidatorErrorCode.INVALID_LANDLINE_NUMBER,
      'A landline number needs its area code and a 7–8 digit local number.',
      'FORMAT',
    );
  }
  const extension = m?.[3];
  return valid(extension ? `${area}-${number}-${extension}` : `${area}-${number}`);
}
