import { isLocalDate, toEpochDay, type EpochDay } from '../date/local-date.js';
import { DOMAIN_END, DOMAIN_START } from './calendar-domain.js';
import type { CalendarOverride } from './calendar-override.js';
import {
  InvalidCalendarOverrideError,
  type CalendarOverrideProblem,
} from './invalid-calendar-override.error.js';

/** Checks a complete override list (dates inside the calendar's span, one entry per date, named). */
export function validateCalendarOverrides(overrides: readonly CalendarOverride[]): void {
  const problems: CalendarOverrideProblem[] = [];
  const seen = new Set<EpochDay>();
  overrides.forEach((override, index) => {
    const { date } = override;
    if (!isLocalDate(date) || toEpochDay(date) < DOMAIN_START || toEpochDay(date) > DOMAIN_END) {
      problems.push({
        reason: 'INVALID_DATE',
        index,
        message: `"${date}" is not a date from 2000-01-01 to 2099-12-31`,
      });
      return;
    }
    const epochDay = toEpochDay(date);
    if (seen.has(epochDay)) {
      problems.push({
        reason: 'DUPLICATE_DATE',
        index,
        date,
        message: `${date} is overridden twice`,
      });
    }
    seen.add(epochDay);
    if (override.name.trim() === '') {
      problems.push({ reason: 'MISSING_NAME', index, date, message: `${date} has no name` });
    }
  });
  if (problems.length > 0) throw new InvalidCalendarOverrideError(problems);
}
