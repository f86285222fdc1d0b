import {
  epochDayFromParts,
  isLocalDate,
  toEpochDay,
  weekdayOfEpochDay,
  type EpochDay,
} from '../date/local-date.js';
import type { CalendarYearData } from './calendar-year-data.js';
import {
  CALENDAR_DOMAIN_FIRST_YEAR,
  CALENDAR_DOMAIN_LAST_YEAR,
  DOMAIN_END,
  DOMAIN_START,
} from './calendar-domain.js';
import {
  InvalidCalendarYearError,
  type CalendarYearProblem,
} from './invalid-calendar-year.error.js';

/** A listed day after validation, keyed by epoch day. */
export interface ValidatedCalendarDay {
  readonly epochDay: EpochDay;
  readonly isOffDay: boolean;
  readonly name: string;
  readonly sourceUrl: string;
}

export interface ValidatedCalendarYear {
  readonly data: CalendarYearData;
  readonly days: readonly ValidatedCalendarDay[];
}

const URL_PATTERN = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/**
 * Checks a year dataset before it replaces the Mon–Fri fallback for that year, and throws
 * `InvalidCalendarYearError` listing every problem found.
 *
 * A notice lists days of its own year plus, at the turn of the year, a few of the neighbours
 * (2019's 元旦 block starts on 2018-12-30; 2023's on 2022-12-31), so dates from December of
 * the year before to January of the year after are accepted and nothing further.
 */
export function validateCalendarYear(data: CalendarYearData): ValidatedCalendarYear {
  const problems: CalendarYearProblem[] = [];
  const { year } = data;
  if (
    !Number.isInteger(year) ||
    year < CALENDAR_DOMAIN_FIRST_YEAR ||
    year > CALENDAR_DOMAIN_LAST_YEAR
  ) {
    throw new InvalidCalendarYearError(year, [
      {
        reason: 'INVALID_YEAR',
        message: `year must be an integer from ${CALENDAR_DOMAIN_FIRST_YEAR} to ${CALENDAR_DOMAIN_LAST_YEAR}`,
      },
    ]);
  }

  if (data.notices.length === 0) {
    problems.push({ reason: 'NO_NOTICE', message: 'at least one source notice is required' });
  }
  const noticeUrls = new Set<string>();
  data.notices.forEach((notice, index) => {
    if (notice.title.trim() === '' || !URL_PATTERN.test(notice.url)) {
      problems.push({
        reason: 'INVALID_NOTICE',
        index,
        message: `notice ${index} needs a title and an http(s) URL`,
      });
    }
    noticeUrls.add(notice.url);
  });
  const defaultSource = data.notices[0]?.url ?? '';

  const windowStart = epochDayFromParts(year - 1, 12, 1);
  const windowEnd = epochDayFromParts(year + 1, 1, 31);
  const seen = new Set<EpochDay>();
  const days: ValidatedCalendarDay[] = [];
  let offDays = 0;

  data.days.forEach((entry, index) => {
    const { date } = entry;
    if (!isLocalDate(date)) {
      problems.push({ reason: 'INVALID_DATE', index, message: `"${date}" is not a date` });
      return;
    }
    const epochDay = toEpochDay(date);
    if (
      epochDay < windowStart ||
      epochDay > windowEnd ||
      epochDay < DOMAIN_START ||
      epochDay > DOMAIN_END
    ) {
      problems.push({
        reason: 'DATE_OUTSIDE_YEAR',
        index,
        date,
        message: `${date} is outside ${year - 1}-12 … ${year + 1}-01 or the calendar's span`,
      });
      return;
    }
    if (seen.has(epochDay)) {
      problems.push({ reason: 'DUPLICATE_DATE', index, date, message: `${date} is listed twice` });
    }
    seen.add(epochDay);
    if (entry.name.trim() === '') {
      problems.push({ reason: 'MISSING_NAME', index, date, message: `${date} has no name` });
    }
    const sourceUrl = entry.sourceUrl ?? defaultSource;
    if (entry.sourceUrl !== undefined && !noticeUrls.has(entry.sourceUrl)) {
      problems.push({
        reason: 'UNKNOWN_SOURCE',
        index,
        date,
        message: `${date} cites a source that is not among the year's notices`,
      });
    }
    const weekday = weekdayOfEpochDay(epochDay);
    if (!entry.isOffDay && weekday !== 0 && weekday !== 6 && entry.allowWeekday !== true) {
      problems.push({
        reason: 'WORKING_DAY_ON_WEEKDAY',
        index,
        date,
        message: `${date} is a Monday–Friday listed as a make-up working day (set allowWeekday to confirm)`,
      });
    }
    if (entry.isOffDay) offDays += 1;
    days.push({ epochDay, isOffDay: entry.isOffDay, name: entry.name.trim(), sourceUrl });
  });

  // Every notice since 1999 gives days off; an empty list is a failed import (HCN's 2027.json
  // existed empty for months), not a year without holidays.
  if (offDays === 0) {
    problems.push({ reason: 'NO_OFF_DAY', message: `the data for ${year} lists no day off` });
  }
  if (problems.length > 0) throw new InvalidCalendarYearError(year, problems);
  return { data, days };
}
