/**
 * The span of days the working-day tables cover, and a fast LocalDate ⇄ epoch-day codec for it.
 *
 * The tables are indexed by epoch day, so every query is an array lookup. 2000–2099 costs a few
 * hundred kilobytes and covers every date this system will meet; dates outside it are errors.
 * The codec exists because parsing and printing dates would otherwise cost more than the
 * working-day arithmetic itself (the clock's target is millions of due dates per second).
 */
import {
  daysInMonth,
  epochDayFromParts,
  fromEpochDay,
  InvalidLocalDateError,
  type EpochDay,
  type LocalDate,
} from '../date/local-date.js';
import { CalendarDateOutOfRangeError } from './calendar-date-out-of-range.error.js';

export const CALENDAR_DOMAIN_FIRST_YEAR = 2000;
export const CALENDAR_DOMAIN_LAST_YEAR = 2099;
export const DOMAIN_START: EpochDay = epochDayFromParts(CALENDAR_DOMAIN_FIRST_YEAR, 1, 1);
export const DOMAIN_END: EpochDay = epochDayFromParts(CALENDAR_DOMAIN_LAST_YEAR, 12, 31);
export const DOMAIN_SIZE = DOMAIN_END - DOMAIN_START + 1;

let printed: LocalDate[] | undefined;

/** `YYYY-MM-DD` of a day inside the domain, from a table built once per process. */
export function formatDomainDay(epochDay: EpochDay): LocalDate {
  if (epochDay < DOMAIN_START || epochDay > DOMAIN_END) {
    throw new CalendarDateOutOfRangeError(fromEpochDay(epochDay));
  }
  printed ??= Array.from({ length: DOMAIN_SIZE }, (_, i) => fromEpochDay(DOMAIN_START + i));
  return printed[epochDay - DOMAIN_START] as LocalDate;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Epoch day of a `YYYY-MM-DD` date inside the domain; same validation as `toEpochDay`. */
export function parseDomainDay(date: LocalDate): EpochDay {
  if (typeof date !== 'string' || date.length !== 10 || date[4] !== '-' || date[7] !== '-') {
    throw new InvalidLocalDateError(String(date));
  }
  const d0 = digit(date, 0);
  const d1 = digit(date, 1);
  const d2 = digit(date, 2);
  const d3 = digit(date, 3);
  const m0 = digit(date, 5);
  const m1 = digit(date, 6);
  const a0 = digit(date, 8);
  const a1 = digit(date, 9);
  if ((d0 | d1 | d2 | d3 | m0 | m1 | a0 | a1) < 0) throw new InvalidLocalDateError(date);
  const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const month = m0 * 10 + m1;
  const day = a0 * 10 + a1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidLocalDateError(date);
  }
  if (year < CALENDAR_DOMAIN_FIRST_YEAR || year > CALENDAR_DOMAIN_LAST_YEAR) {
    throw new CalendarDateOutOfRangeError(date);
  }
  return epochDayFromParts(year, month, day);
}
