import type { LocalDate } from '../date/local-date.js';
import { DomainError } from '../errors/domain-error.js';

/** Why a year dataset was refused. An import reports every problem at once, not the first. */
export type CalendarYearProblemReason =
  | 'INVALID_YEAR'
  | 'NO_NOTICE'
  | 'INVALID_NOTICE'
  | 'NO_OFF_DAY'
  | 'INVALID_DATE'
  | 'DATE_OUTSIDE_YEAR'
  | 'DUPLICATE_DATE'
  | 'MISSING_NAME'
  | 'UNKNOWN_SOURCE'
  | 'WORKING_DAY_ON_WEEKDAY'
  | 'CONFLICTS_WITH_LOADED_YEAR';

export interface CalendarYearProblem {
  readonly reason: CalendarYearProblemReason;
  /** Index into `days` (or `notices` for notice problems). */
  readonly index?: number;
  readonly date?: LocalDate;
  readonly message: string;
}

export class InvalidCalendarYearError extends DomainError {
  constructor(
    readonly year: number,
    readonly problems: readonly CalendarYearProblem[],
  ) {
    super(
      'CALENDAR.INVALID_YEAR_DATA',
      `The calendar data for ${year} has ${problems.length} problem(s): ${problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}${problems.length > 3 ? '; …' : ''}`,
      { year, problems },
    );
  }
}
