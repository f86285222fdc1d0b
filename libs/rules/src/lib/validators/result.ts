import { DomainError } from '../errors/domain-error.js';
import type { ValidationResult } from './validation-result.js';

/** Internal helpers of the validators (not exported from the library). */
export function valid<T>(value: T): ValidationResult<T> {
  return { ok: true, value };
}

/** Messages never echo the input: it is personal data (HOUSE-STYLE rule 5). */
export function invalid<T>(code: string, message: string, reason: string): ValidationResult<T> {
  return { ok: false, error: new DomainError(code, message, { reason }) };
}
