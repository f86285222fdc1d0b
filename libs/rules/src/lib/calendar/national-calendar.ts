import type { CalendarOverride } from './calendar-override.js';
import { NATIONAL_CALENDAR_YEARS } from './data/index.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

/**
 * The national calendar from the notices shipped in `data/` (2019–2026), optionally with an
 * agency's overrides. Years loaded later by an administrator are added with `withYear`.
 */
export function createNationalCalendar(
  overrides: readonly CalendarOverride[] = [],
): WorkingDayCalendar {
  return WorkingDayCalendar.create({ years: NATIONAL_CALENDAR_YEARS, overrides });
}
