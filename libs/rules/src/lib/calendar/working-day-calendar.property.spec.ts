import fc from 'fast-check';
import { fromEpochDay, toEpochDay, weekdayOfEpochDay } from '../date/local-date.js';
import type { CalendarOverride } from './calendar-override.js';
import { NATIONAL_CALENDAR_YEARS } from './data/index.js';
import { createNationalCalendar } from './national-calendar.js';

/**
 * The naive reference: look each day up in the raw notice data and walk day by day. It shares
 * nothing with the table-based implementation but the data.
 */
class NaiveCalendar {
  private readonly listed = new Map<number, boolean>();
  private readonly years = new Set(NATIONAL_CALENDAR_YEARS.map((y) => y.year));

  constructor(overrides: readonly CalendarOverride[] = []) {
    for (const data of NATIONAL_CALENDAR_YEARS) {
      for (const day of data.days) this.listed.set(toEpochDay(day.date), day.isOffDay);
    }
    for (const o of overrides) this.listed.set(toEpochDay(o.date), o.isOffDay);
  }

  isWorking(e: number): boolean {
    const off = this.listed.get(e);
    if (off !== undefined) return !off;
    const weekday = weekdayOfEpochDay(e);
    return weekday !== 0 && weekday !== 6;
  }

  isKnown(e: number): boolean {
    return this.years.has(Number(fromEpochDay(e).slice(0, 4))) || this.listed.has(e);
  }

  add(e: number, n: number): { date: number; provisional: boolean } {
    let d = e;
    let provisional = false;
    for (let left = n; left > 0;) {
      d += 1;
      if (!this.isKnown(d)) provisional = true;
      if (this.isWorking(d)) left -= 1;
    }
    return { date: d, provisional };
  }

  between(a: number, b: number): number {
    let count = 0;
    for (let d = a + 1; d <= b; d++) if (this.isWorking(d)) count += 1;
    return count;
  }
}

const national = createNationalCalendar();
const naive = new NaiveCalendar();
// 2018-06 … 2027-06: the loaded years plus uncovered margins on both sides.
const epochDay = fc.integer({ min: toEpochDay('2018-06-01'), max: toEpochDay('2027-06-30') });
const date = epochDay.map(fromEpochDay);
const count = fc.integer({ min: 0, max: 120 });

describe('WorkingDayCalendar properties', () => {
  it('agrees with the naive day-by-day reference', () => {
    fc.assert(
      fc.property(epochDay, count, (e, n) => {
        const expected = naive.add(e, n);
        const actual = national.addWorkingDays(fromEpochDay(e), n);
        expect(actual).toEqual({
          date: fromEpochDay(expected.date),
          provisional: expected.provisional,
        });
        expect(national.isWorkingDay(fromEpochDay(e))).toBe(naive.isWorking(e));
        expect(national.isProvisional(fromEpochDay(e))).toBe(!naive.isKnown(e));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the reference on counts between two dates', () => {
    fc.assert(
      fc.property(epochDay, epochDay, (a, b) => {
        const expected = a <= b ? naive.between(a, b) : -naive.between(b - 1, a - 1) || 0;
        expect(national.workingDaysBetween(fromEpochDay(a), fromEpochDay(b)).days).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the reference under random local overrides', () => {
    const override = fc.record({
      date,
      isOffDay: fc.boolean(),
      name: fc.constant('local'),
    });
    const overrides = fc.uniqueArray(override, { selector: (o) => o.date, maxLength: 30 });
    fc.assert(
      fc.property(overrides, epochDay, count, (list, e, n) => {
        const local = national.withOverrides(list);
        const reference = new NaiveCalendar(list);
        expect(local.addWorkingDays(fromEpochDay(e), n).date).toBe(
          fromEpochDay(reference.add(e, n).date),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('makes addWorkingDays and workingDaysBetween inverse', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -120, max: 120 }), (d, n) => {
        const target = national.addWorkingDays(d, n).date;
        expect(national.workingDaysBetween(d, target).days).toBe(n);
      }),
    );
    fc.assert(
      fc.property(date, date, (a, b) => {
        const { days } = national.workingDaysBetween(a, b);
        if (national.isWorkingDay(b)) expect(national.addWorkingDays(a, days).date).toBe(b);
      }),
    );
  });

  it('always lands on a working day for n ≠ 0', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: -120, max: 120 }).filter((n) => n !== 0),
        (d, n) => {
          expect(national.isWorkingDay(national.addWorkingDays(d, n).date)).toBe(true);
        },
      ),
    );
  });
});
