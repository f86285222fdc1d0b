/**
 * Pause arithmetic in working-day ordinals (see `WorkingDayCalendar.ordinalThrough`).
 *
 * A pause covering calendar days `[from, to]` covers the working days with ordinals
 * `ordinalThrough(from - 1) + 1 … ordinalThrough(to)`. Once pauses are in ordinals, sorted and
 * merged, "the Nth counted working day after the base date" is the base ordinal plus N plus the
 * length of every pause that starts before the running target: O(number of pauses), never a
 * walk over days.
 */
import type { EpochDay } from '../date/local-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';

/** Working-day ordinals `start … end`, inclusive; empty when `end < start`. */
export interface OrdinalPause {
  readonly start: number;
  readonly end: number;
}

/** The working days of calendar days `[from, to]` that come after `baseOrdinal`; null if none. */
export function ordinalPause(
  calendar: WorkingDayCalendar,
  from: EpochDay,
  to: EpochDay,
  baseOrdinal: number,
): OrdinalPause | null {
  if (to < from) return null;
  const start = Math.max(calendar.ordinalThrough(from - 1) + 1, baseOrdinal + 1);
  const end = calendar.ordinalThrough(to);
  return end < start ? null : { start, end };
}

/** Sorted, with overlapping or touching pauses merged: a day paused twice is skipped once. */
export function mergeOrdinalPauses(pauses: readonly OrdinalPause[]): OrdinalPause[] {
  if (pauses.length <= 1) return [...pauses];
  const sorted = [...pauses].sort((a, b) => a.start - b.start);
  const merged: OrdinalPause[] = [];
  let current = sorted[0] as OrdinalPause;
  for (let k = 1; k < sorted.length; k++) {
    const next = sorted[k] as OrdinalPause;
    if (next.start <= current.end + 1) {
      current = { start: current.start, end: Math.max(current.end, next.end) };
    } else {
      merged.push(current);
      current = next;
    }
  }
  merged.push(current);
  return merged;
}

/** Ordinal of the `n`th counted (not paused) working day after `baseOrdinal`. */
export function countedDueOrdinal(
  baseOrdinal: number,
  n: number,
  merged: readonly OrdinalPause[],
): number {
  let target = baseOrdinal + n;
  for (const pause of merged) {
    if (pause.start > target) break;
    target += pause.end - pause.start + 1;
  }
  return target;
}

/** Paused working days among ordinals `(baseOrdinal, throughOrdinal]`. */
export function pausedOrdinalsThrough(
  merged: readonly OrdinalPause[],
  throughOrdinal: number,
): number {
  let paused = 0;
  for (const pause of merged) {
    if (pause.start > throughOrdinal) break;
    paused += Math.min(pause.end, throughOrdinal) - pause.start + 1;
  }
  return paused;
}
