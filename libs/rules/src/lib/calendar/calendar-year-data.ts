import type { LocalDate } from '../date/local-date.js';

/** A State Council notice (or a mid-year change notice) that a year's calendar data comes from. */
export interface HolidayNotice {
  readonly title: string;
  /** 文号, e.g. 国办发明电〔2023〕7号. */
  readonly documentNumber?: string;
  readonly issuedOn?: LocalDate;
  readonly url: string;
  /** What a change notice changed, in the notice's own terms. */
  readonly note?: string;
}

/**
 * One listed day of a notice: an off day inside a holiday block (weekend days of the block
 * included) or a make-up working day (调休上班). Days the notice does not list follow the
 * Mon–Fri rule.
 */
export interface CalendarDayEntry {
  readonly date: LocalDate;
  readonly isOffDay: boolean;
  /** The holiday the day belongs to, as the notice names it (春节, 国庆节、中秋节 …). */
  readonly name: string;
  /** The notice this day comes from; defaults to the first of the year's notices. */
  readonly sourceUrl?: string;
  /**
   * A working day listed on a Monday–Friday changes nothing, so the loader rejects it as a
   * likely typing error unless this flag confirms it (HCN lists 2020-02-03, the return to work
   * after the extended Spring Festival, that way).
   */
  readonly allowWeekday?: boolean;
}

/**
 * What "loading a year" takes: the year's notices and their listed days. A notice may list
 * days of the neighbouring year (2019's 元旦 block starts on 2018-12-30), so days are indexed
 * by date, not by the year they are filed under.
 */
export interface CalendarYearData {
  readonly year: number;
  readonly notices: readonly HolidayNotice[];
  readonly days: readonly CalendarDayEntry[];
}
