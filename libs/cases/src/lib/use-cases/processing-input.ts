import { DomainError } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';

/** Trimmed text within `max` characters, or `FIELD_REQUIRED` / `FIELD_TOO_LONG` naming it. */
export function requiredText(field: string, value: string | null | undefined, max: number): string {
  const text = optionalText(field, value, max);
  if (text === null) {
    throw new DomainError(
      ApplicationErrorCode.FIELD_REQUIRED,
      '缺少必填内容 (a required field is missing)',
      {
        field,
      },
    );
  }
  return text;
}

/** Trimmed text within `max` characters; blank is null. */
export function optionalText(
  field: string,
  value: string | null | undefined,
  max: number,
): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) {
    throw new DomainError(
      ApplicationErrorCode.FIELD_TOO_LONG,
      '内容超过长度上限 (a field is too long)',
      {
        field,
        max,
      },
    );
  }
  return text === '' ? null : text;
}

/** A field that only goes with another choice was given. */
export function fieldNotAllowed(field: string, message: string): DomainError {
  return new DomainError(ApplicationErrorCode.FIELD_NOT_ALLOWED, message, { field });
}
