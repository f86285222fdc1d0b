import type { LocalDate } from '../date/local-date.js';
import { DomainError } from '../errors/domain-error.js';

export type CalendarOverrideProblemReason = 'INVALID_DATE' | 'DUPLICATE_DATE' | 'MISSING_NAME';

export interface CalendarOverrideProblem {
  readonly reason: CalendarOverrideProblemReason;
  readonly index: number;
  readonly date?: LocalDate;
  readonly message: string;
}

/** A list of agency-local overrides was refused; every problem is reported at once. */
export class InvalidCalendarOverrideError extends DomainError {
  constructor(readonly problems: readonly CalendarOverrideProblem[]) {
    super(
      'CALENDAR.INVALID_OVERRIDE',
      `The local calendar overrides have ${problems.length} problem(s): ${problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}${problems.length > 3 ? '; …' : ''}`,
      { problems },
    );
  }
}
