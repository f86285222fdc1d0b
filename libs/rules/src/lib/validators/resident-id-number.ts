import { isLocalDate, type LocalDate } from '../date/local-date.js';
import { invalid, valid } from './result.js';
import type { ValidationResult } from './validation-result.js';
import { ValidatorErrorCode } from './validator-error-code.js';

/** GB 11643-1999: weights of the first 17 digits for the MOD 11-2 check. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character for (weighted sum mod 11) = 0, 1, …, 10. */
const CHECK_CHARACTERS = '10X98765432';

/**
 * First two digits of GB/T 2260 region codes: the 31 mainland provinces, plus 71 (Taiwan),
 * 81 (Hong Kong), 82 (Macao) and 83 (Taiwan residents' residence permits), which also carry
 * 18-digit numbers of this format.
 */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** Births before this are not plausible for a living applicant with an 18-digit number. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

export interface ResidentIdNumber {
  /** 18 characters, a final `x` upper-cased. */
  readonly idNumber: string;
  readonly regionCode: string;
  readonly birthDate: LocalDate;
}

/** The MOD 11-2 check character of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

/**
 * Validates an 18-digit resident identity card number (GB 11643): format, region (province
 * level only: the county list changes every year), date of birth (a real date, not after
 * `today`) and the check character.
 */
export function validateResidentIdNumber(
  input: string,
  today: LocalDate,
): ValidationResult<ResidentIdNumber> {
  const code = ValidatorErrorCode.INVALID_ID_NUMBER;
  const idNumber = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(idNumber)) {
    return invalid(code, 'An ID number has 17 digits and a final digit or X.', 'FORMAT');
  }
  if (!PROVINCE_CODES.has(idNumber.slice(0, 2))) {
    return invalid(code, 'The ID number does not start with a known region code.', 'REGION');
  }
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isLocalDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return invalid(code, 'The date of birth in the ID number is not valid.', 'BIRTH_DATE');
  }
  if (residentIdCheckCharacter(idNumber) !== idNumber[17]) {
    return invalid(code, 'The check digit of the ID number is wrong.', 'CHECK_DIGIT');
  }
  return valid({ idNumber, regionCode: idNumber.slice(0, 6), birthDate });
}
