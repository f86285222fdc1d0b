import type { DomainError } from '../errors/domain-error.js';

/** A checked value in its normalised form, or the coded reason it was refused. */
export type ValidationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };
