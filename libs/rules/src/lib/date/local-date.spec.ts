import fc from 'fast-check';
import {
  addDays,
  fromEpochDay,
  isLocalDate,
  localDateInShanghai,
  toEpochDay,
  weekdayOfEpochDay,
} from './local-date.js';

describe('LocalDate', () => {
  it('round-trips every day of 1900–2200 through epoch days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -25567, max: 84000 }),
        (d) => toEpochDay(fromEpochDay(d)) === d,
      ),
    );
  });

  it('agrees with Date.UTC for the epoch and leap days', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(fromEpochDay(Date.UTC(2000, 11, 31) / 86_400_000)).toBe('2000-12-31');
  });

  it('rejects impossible dates', () => {
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2024-13-01')).toBe(false);
    expect(isLocalDate('2024-1-01')).toBe(false);
    expect(() => toEpochDay('2024-04-31')).toThrow(/YYYY-MM-DD/);
  });

  it('knows weekdays', () => {
    expect(weekdayOfEpochDay(toEpochDay('2024-10-12'))).toBe(6); // a Saturday make-up day
    expect(weekdayOfEpochDay(toEpochDay('2026-11-26'))).toBe(4);
  });

  it('takes "today" in Asia/Shanghai whatever TZ the process runs in', () => {
    // 2024-12-31T16:30Z is already 2025-01-01 00:30 in Shanghai.
    expect(localDateInShanghai(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
    expect(localDateInShanghai(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });
});
