import { formatDomainDay, parseDomainDay } from '../calendar/calendar-domain.js';
import type { WorkingDayCalendar, WorkingDayResult } from '../calendar/working-day-calendar.js';
import type { LocalDate } from '../date/local-date.js';
import {
  countedDueOrdinal,
  mergeOrdinalPauses,
  ordinalPause,
  type OrdinalPause,
} from './ordinal-pauses.js';

/** Calendar days `from … to` (inclusive) whose working days are not counted. */
export interface PauseSpan {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

const NO_PAUSES: readonly PauseSpan[] = [];

/**
 * The `countedDays`th counted working day after `baseDate`: day 1 is the first working day after
 * it that no pause covers. This is the hot path behind every deadline: with no pauses it is two
 * table lookups; with pauses it is O(p log p) in the number of pauses, never a walk over days.
 */
export function computeDueDate(
  calendar: WorkingDayCalendar,
  baseDate: LocalDate,
  countedDays: number,
  pauses: readonly PauseSpan[] = NO_PAUSES,
): WorkingDayResult {
  if (!Number.isInteger(countedDays) || countedDays < 1) {
    throw new RangeError(`countedDays must be a positive integer, got ${countedDays}`);
  }
  const base = parseDomainDay(baseDate);
  let due: number;
  if (pauses.length === 0) {
    due = calendar.addWorkingDaysToEpochDay(base, countedDays);
  } else {
    const baseOrdinal = calendar.ordinalThrough(base);
    const ordinal: OrdinalPause[] = [];
    for (const span of pauses) {
      const from = parseDomainDay(span.from);
      const pause = ordinalPause(calendar, from, parseDomainDay(span.to), baseOrdinal);
      if (pause !== null) ordinal.push(pause);
    }
    const merged = mergeOrdinalPauses(ordinal);
    due = calendar.epochDayOfOrdinal(countedDueOrdinal(baseOrdinal, countedDays, merged));
  }
  return { date: formatDomainDay(due), provisional: calendar.unknownDaysIn(base, due) > 0 };
}
