import type { LocalDate } from '../date/local-date.js';

/**
 * How the working-day calendar classifies a day.
 * - `WORKING`: Monday–Friday, not listed.
 * - `WEEKEND`: Saturday or Sunday, not listed.
 * - `HOLIDAY`: an off day that is listed (a holiday block, or a local closure).
 * - `MAKE_UP_WORKING_DAY`: a working day that would otherwise be off (调休上班, or a local
 *   override that opens a day).
 */
export const DayKind = {
  WORKING: 'WORKING',
  WEEKEND: 'WEEKEND',
  HOLIDAY: 'HOLIDAY',
  MAKE_UP_WORKING_DAY: 'MAKE_UP_WORKING_DAY',
} as const;

export type DayKind = (typeof DayKind)[keyof typeof DayKind];

/** Where a day's classification comes from. */
export const DayOrigin = {
  /** A loaded State Council notice. */
  NOTICE: 'NOTICE',
  /** An agency-local override layered over the national calendar. */
  LOCAL_OVERRIDE: 'LOCAL_OVERRIDE',
  /** The Mon–Fri rule alone (unlisted day, or a year with no loaded notice). */
  WEEKDAY_RULE: 'WEEKDAY_RULE',
} as const;

export type DayOrigin = (typeof DayOrigin)[keyof typeof DayOrigin];

/** One day as the calendar sees it. */
export interface CalendarDayInfo {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly isWorkingDay: boolean;
  readonly origin: DayOrigin;
  /** Holiday or make-up day name, or the override's name. */
  readonly name?: string;
  /** The notice's URL, or the override's `source`. */
  readonly source?: string;
  /** True when the day's year has no loaded notice and the day is not listed anywhere. */
  readonly provisional: boolean;
}
