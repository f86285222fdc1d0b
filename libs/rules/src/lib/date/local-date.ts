/**
 * Legal dates are calendar days in Asia/Shanghai, written `YYYY-MM-DD`.
 *
 * Internally a date is an *epoch day*: the number of days since 1970-01-01. Conversions use
 * Howard Hinnant's civil-from-days algorithm, so nothing here depends on the process's `TZ`
 * or allocates a `Date`.
 */
import { DomainError } from '../errors/domain-error.js';

/** A calendar date `YYYY-MM-DD` (Asia/Shanghai). */
export type LocalDate = string;

/** Days since 1970-01-01. */
export type EpochDay = number;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function epochDayFromParts(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function partsFromEpochDay(epochDay: EpochDay): {
  year: number;
  month: number;
  day: number;
} {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export class InvalidLocalDateError extends DomainError {
  constructor(value: string) {
    super('DATE.INVALID', `Not a calendar date in the form YYYY-MM-DD: "${value}"`);
  }
}

/** Parses `YYYY-MM-DD` into an epoch day; throws `InvalidLocalDateError` on anything else. */
export function toEpochDay(date: LocalDate): EpochDay {
  if (!isLocalDate(date)) throw new InvalidLocalDateError(date);
  return epochDayFromParts(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

export function fromEpochDay(epochDay: EpochDay): LocalDate {
  const { year, month, day } = partsFromEpochDay(epochDay);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(epochDay: EpochDay): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function isWeekendEpochDay(epochDay: EpochDay): boolean {
  const w = weekdayOfEpochDay(epochDay);
  return w === 0 || w === 6;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  // ISO dates compare correctly as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** China has used UTC+8 all year since 1991, so "today in Asia/Shanghai" needs no tz database. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

export function epochDayInShanghai(instant: Date): EpochDay {
  return Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
}

/** The legal date (Asia/Shanghai) of an instant, independent of the process's `TZ`. */
export function localDateInShanghai(instant: Date): LocalDate {
  return fromEpochDay(epochDayInShanghai(instant));
}

/** Source of "now"; inject it instead of calling `new Date()` in rules and use cases. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
