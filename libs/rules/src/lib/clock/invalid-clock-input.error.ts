import { DomainError } from '../errors/domain-error.js';

export type ClockInputProblemReason =
  | 'EVENT_BEFORE_RECEIPT'
  | 'EVENT_OUT_OF_ORDER'
  | 'SUPPLEMENT_STILL_OPEN'
  | 'DUPLICATE_CONSULTATION'
  | 'MISSING_CONSULTATION_ID';

/** The facts given to the statutory clock contradict each other (e.g. an answer before the request). */
export class InvalidClockInputError extends DomainError {
  constructor(
    readonly reason: ClockInputProblemReason,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super('CLOCK.INVALID_INPUT', message, { reason, ...details });
  }
}
