import { validateLandlineNumber } from './landline-number.js';
import { validateMobileNumber } from './mobile-number.js';
import { invalid, valid } from './result.js';
import type { ValidationResult } from './validation-result.js';
import { ValidatorErrorCode } from './validator-error-code.js';

export interface PhoneNumber {
  readonly kind: 'MOBILE' | 'LANDLINE';
  /** Normalised as by `validateMobileNumber` / `validateLandlineNumber`. */
  readonly number: string;
}

/** A contact telephone number (联系电话): mobile or landline, whichever it is. */
export function validatePhoneNumber(input: string): ValidationResult<PhoneNumber> {
  const mobile = validateMobileNumber(input);
  if (mobile.ok) return valid({ kind: 'MOBILE', number: mobile.value });
  const landline = validateLandlineNumber(input);
  if (landline.ok) return valid({ kind: 'LANDLINE', number: landline.value });
  return invalid(
    ValidatorErrorCode.INVALID_PHONE_NUMBER,
    'Give a mainland mobile number or a landline number with its area code.',
    'FORMAT',
  );
}
