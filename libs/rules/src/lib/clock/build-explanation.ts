import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { DayKind } from '../calendar/day-kind.js';
import type { EpochDay } from '../date/local-date.js';
import type { ExplanationDay } from './statutory-clock.js';

/** A pause as calendar days `[from, to]`, with the id the explanation shows. */
export interface ExplanationPause {
  readonly id: string;
  readonly from: EpochDay;
  readonly to: EpochDay;
}

/**
 * Lists every day in `(base, due]`: counted working days with their ordinal, weekends and
 * holidays by name, and paused working days with the pauses that cover them. Only working days
 * are marked PAUSED: a weekend inside a consultation is not counted either way, and showing it
 * as a weekend says more. This is the one per-day walk, and its cost is the size of its output.
 */
export function buildExplanation(
  calendar: WorkingDayCalendar,
  base: EpochDay,
  due: EpochDay,
  pauses: readonly ExplanationPause[],
): ExplanationDay[] {
  const days: ExplanationDay[] = [];
  let n = 0;
  for (let e = base + 1; e <= due; e++) {
    const info = calendar.classifyEpochDay(e);
    const provisional = info.provisional ? ({ provisional: true } as const) : {};
    const name = info.name === undefined ? {} : { name: info.name };
    if (!info.isWorkingDay) {
      const kind = info.kind === DayKind.WEEKEND ? 'WEEKEND' : 'HOLIDAY';
      days.push({ date: info.date, kind, ...name, ...provisional });
      continue;
    }
    const pausedBy = pauses.filter((p) => p.from <= e && e <= p.to).map((p) => p.id);
    if (pausedBy.length > 0) {
      days.push({ date: info.date, kind: 'PAUSED', pausedBy, ...name, ...provisional });
      continue;
    }
    n += 1;
    const kind = info.kind === DayKind.MAKE_UP_WORKING_DAY ? 'MAKE_UP_WORKING_DAY' : 'COUNTED';
    days.push({ date: info.date, kind, n, ...name, ...provisional });
  }
  return days;
}
