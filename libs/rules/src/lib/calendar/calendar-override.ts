import type { LocalDate } from '../date/local-date.js';

/**
 * An agency-local change layered over the national calendar: a closure (`isOffDay: true`, e.g.
 * a typhoon day or a provincial extension such as the 2020 Spring Festival ones) or a day the
 * agency works although the national calendar is off.
 */
export interface CalendarOverride {
  readonly date: LocalDate;
  readonly isOffDay: boolean;
  /** Shown to users, e.g. 台风停工. */
  readonly name: string;
  /** The local document or decision, free text or URL. */
  readonly source?: string;
}
