import type { DomainError } from '../errors/domain-error.js';
import type { CalendarYearData } from './calendar-year-data.js';
import { DayKind, DayOrigin } from './day-kind.js';
import { createNationalCalendar } from './national-calendar.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const national = createNationalCalendar();

/** A made-up 2027 notice for tests only; the real one had not been published. */
const FAKE_2027: CalendarYearData = {
  year: 2027,
  notices: [{ title: '测试用 2027 年通知', url: 'https://example.gov.cn/2027.htm' }],
  days: [
    { date: '2027-01-01', isOffDay: true, name: '元旦' },
    { date: '2027-02-05', isOffDay: true, name: '春节' }, // Friday
    { date: '2027-02-06', isOffDay: false, name: '春节' }, // Saturday worked
  ],
};

function codeAndReasons(run: () => unknown): { code: string; reasons: string[] } {
  try {
    run();
  } catch (error) {
    const e = error as DomainError;
    const problems = (e.details['problems'] ?? []) as { reason: string }[];
    return { code: e.code, reasons: problems.map((p) => p.reason) };
  }
  throw new Error('expected a DomainError');
}

describe('WorkingDayCalendar', () => {
  describe('classification', () => {
    it('tells weekdays, weekends, holidays and make-up days apart', () => {
      expect(national.classify('2024-10-08')).toEqual({
        date: '2024-10-08',
        kind: DayKind.WORKING,
        isWorkingDay: true,
        origin: DayOrigin.WEEKDAY_RULE,
        provisional: false,
      });
      expect(national.classify('2024-10-19').kind).toBe(DayKind.WEEKEND);
      expect(national.classify('2024-10-03')).toMatchObject({
        kind: DayKind.HOLIDAY,
        isWorkingDay: false,
        name: '国庆节',
        origin: DayOrigin.NOTICE,
        source: 'https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm',
      });
      // A weekend day inside a holiday block is a holiday, named after it.
      expect(national.classify('2024-10-05')).toMatchObject({
        kind: DayKind.HOLIDAY,
        name: '国庆节',
      });
      expect(national.classify('2024-10-12')).toMatchObject({
        kind: DayKind.MAKE_UP_WORKING_DAY,
        isWorkingDay: true,
        name: '国庆节',
      });
    });

    it('lists a range of days for a calendar view', () => {
      const week = national.days('2024-09-28', '2024-10-04');
      expect(week.map((d) => d.kind)).toEqual([
        'WEEKEND',
        'MAKE_UP_WORKING_DAY',
        'WORKING',
        'HOLIDAY',
        'HOLIDAY',
        'HOLIDAY',
        'HOLIDAY',
      ]);
    });

    it('refuses dates it cannot parse or does not cover', () => {
      expect(() => national.isWorkingDay('2024-02-30')).toThrow(/YYYY-MM-DD/);
      expect(codeAndReasons(() => national.isWorkingDay('1999-12-31')).code).toBe(
        'CALENDAR.DATE_OUT_OF_RANGE',
      );
      expect(codeAndReasons(() => national.addWorkingDays('2099-12-30', 5)).code).toBe(
        'CALENDAR.DATE_OUT_OF_RANGE',
      );
    });
  });

  describe('arithmetic', () => {
    it('counts from the next working day, whatever the start day is', () => {
      // Received on a make-up Saturday: day 1 is Monday 2024-10-14.
      expect(national.addWorkingDays('2024-10-12', 1).date).toBe('2024-10-14');
      // Received on a holiday: day 1 is the first day back.
      expect(national.addWorkingDays('2024-10-01', 1).date).toBe('2024-10-08');
      expect(national.addWorkingDays('2024-10-01', 5).date).toBe('2024-10-12');
      // Across the year end and the 2025 New Year's Day.
      expect(national.addWorkingDays('2024-12-31', 1).date).toBe('2025-01-02');
    });

    it('counts back with a negative n and stays put with 0', () => {
      expect(national.addWorkingDays('2024-10-08', -1).date).toBe('2024-09-30');
      expect(national.addWorkingDays('2024-10-05', -2).date).toBe('2024-09-29');
      expect(national.addWorkingDays('2024-10-05', 0).date).toBe('2024-10-05');
      expect(() => national.addWorkingDays('2024-10-05', 1.5)).toThrow(RangeError);
    });

    it('counts working days in (a, b], or minus those in [b, a) when b is before a', () => {
      expect(national.workingDaysBetween('2024-09-27', '2024-10-30')).toEqual({
        days: 20,
        provisional: false,
      });
      expect(national.workingDaysBetween('2024-10-30', '2024-09-27').days).toBe(-20);
      expect(national.workingDaysBetween('2024-10-01', '2024-10-07').days).toBe(0);
      expect(national.workingDaysBetween('2024-10-08', '2024-09-30').days).toBe(-1);
    });
  });

  describe('years without a notice', () => {
    it('falls back to Mon–Fri and marks what depends on it as provisional', () => {
      expect(national.classify('2027-01-01')).toMatchObject({
        kind: DayKind.WORKING,
        origin: DayOrigin.WEEKDAY_RULE,
        provisional: true,
      });
      expect(national.isProvisional('2026-12-31')).toBe(false);
      expect(national.addWorkingDays('2026-12-01', 20)).toEqual({
        date: '2026-12-29',
        provisional: false,
      });
      // Crossing into 2027 makes the result provisional.
      expect(national.addWorkingDays('2026-12-15', 20)).toEqual({
        date: '2027-01-12',
        provisional: true,
      });
      expect(national.workingDaysBetween('2026-12-15', '2027-01-12')).toEqual({
        days: 20,
        provisional: true,
      });
      // Counting back from an uncovered day depends only on the covered days counted.
      expect(national.addWorkingDays('2027-01-01', -3)).toEqual({
        date: '2026-12-29',
        provisional: false,
      });
    });

    it('replaces the fallback when a year is loaded, leaving the old calendar unchanged', () => {
      const loaded = national.withYear(FAKE_2027);
      expect(loaded.loadedYears).toContain(2027);
      expect(loaded.coverageEnd).toBe('2027-12-31');
      expect(loaded.isWorkingDay('2027-01-01')).toBe(false);
      expect(loaded.classify('2027-02-06')).toMatchObject({
        kind: DayKind.MAKE_UP_WORKING_DAY,
        provisional: false,
      });
      expect(loaded.addWorkingDays('2026-12-15', 20)).toEqual({
        date: '2027-01-13',
        provisional: false,
      });
      expect(national.isWorkingDay('2027-01-01')).toBe(true);
      expect(loaded.yearData(2027)).toBe(FAKE_2027);
    });

    it('reloads a year by replacing its data', () => {
      const loaded = national.withYear(FAKE_2027);
      const corrected = loaded.withYear({ ...FAKE_2027, days: FAKE_2027.days.slice(0, 1) });
      expect(corrected.isWorkingDay('2027-02-05')).toBe(true);
      expect(corrected.loadedYears.filter((y) => y === 2027)).toHaveLength(1);
    });

    it('is provisional everywhere when nothing is loaded', () => {
      const bare = WorkingDayCalendar.create();
      expect(bare.loadedYears).toEqual([]);
      expect(bare.coverageEnd).toBeNull();
      expect(bare.addWorkingDays('2024-09-27', 20)).toEqual({
        date: '2024-10-25',
        provisional: true,
      });
    });
  });

  describe('validating a year dataset', () => {
    const notices = FAKE_2027.notices;

    it('reports every problem at once with CALENDAR.INVALID_YEAR_DATA', () => {
      const result = codeAndReasons(() =>
        national.withYear({
          year: 2027,
          notices,
          days: [
            { date: '2027-02-30', isOffDay: true, name: '春节' },
            { date: '2027-03-15', isOffDay: true, name: '春节' },
            { date: '2027-03-15', isOffDay: true, name: '春节' },
            { date: '2027-03-16', isOffDay: true, name: ' ' },
            { date: '2027-03-17', isOffDay: false, name: '补班' },
            { date: '2028-03-01', isOffDay: true, name: '太远' },
            { date: '2027-03-18', isOffDay: true, name: 'x', sourceUrl: 'https://other.gov.cn/a' },
          ],
        }),
      );
      expect(result).toEqual({
        code: 'CALENDAR.INVALID_YEAR_DATA',
        reasons: [
          'INVALID_DATE',
          'DUPLICATE_DATE',
          'MISSING_NAME',
          'WORKING_DAY_ON_WEEKDAY',
          'DATE_OUTSIDE_YEAR',
          'UNKNOWN_SOURCE',
        ],
      });
    });

    it('accepts the neighbouring December and January, and a confirmed weekday working day', () => {
      const loaded = national.withYear({
        year: 2027,
        notices,
        days: [
          { date: '2026-12-31', isOffDay: false, name: '元旦', allowWeekday: true },
          { date: '2027-01-01', isOffDay: true, name: '元旦' },
          { date: '2028-01-31', isOffDay: true, name: '春节' },
        ],
      });
      expect(loaded.classify('2026-12-31')).toMatchObject({ kind: DayKind.WORKING, name: '元旦' });
      expect(loaded.isWorkingDay('2028-01-31')).toBe(false);
      expect(loaded.isProvisional('2028-01-31')).toBe(false);
      expect(loaded.isProvisional('2028-02-01')).toBe(true);
    });

    it('refuses an empty year, a missing notice and a year outside the span', () => {
      expect(
        codeAndReasons(() => national.withYear({ year: 2027, notices, days: [] })).reasons,
      ).toEqual(['NO_OFF_DAY']);
      expect(
        codeAndReasons(() => national.withYear({ ...FAKE_2027, notices: [] })).reasons,
      ).toEqual(['NO_NOTICE']);
      expect(
        codeAndReasons(() =>
          national.withYear({ ...FAKE_2027, notices: [{ title: '', url: 'ftp://x' }] }),
        ).reasons,
      ).toEqual(['INVALID_NOTICE']);
      expect(codeAndReasons(() => national.withYear({ ...FAKE_2027, year: 2100 })).reasons).toEqual(
        ['INVALID_YEAR'],
      );
    });

    it('refuses a turn-of-year day that contradicts the neighbouring year', () => {
      // The 2023 notice has 2022-12-31 off; a 2022 reload may not say it is worked.
      const data2022 = national.yearData(2022);
      if (data2022 === undefined) throw new Error('2022 is bundled');
      const contradicting: CalendarYearData = {
        ...data2022,
        days: [...data2022.days, { date: '2022-12-31', isOffDay: false, name: '元旦' }],
      };
      expect(codeAndReasons(() => national.withYear(contradicting)).reasons).toEqual([
        'CONFLICTS_WITH_LOADED_YEAR',
      ]);
      expect(
        codeAndReasons(() => WorkingDayCalendar.create({ years: [FAKE_2027, FAKE_2027] })).code,
      ).toBe('CALENDAR.INVALID_YEAR_DATA');
    });
  });

  describe('agency-local overrides', () => {
    const typhoon = { date: '2024-09-16', isOffDay: true, name: '台风停工', source: '市政府通告' };

    it('derives a calendar with local closures and openings over the national one', () => {
      const local = national.withOverrides([
        { date: '2024-10-09', isOffDay: true, name: '台风停工' },
        { date: '2024-10-19', isOffDay: false, name: '集中办理日' },
      ]);
      expect(local.classify('2024-10-09')).toMatchObject({
        kind: DayKind.HOLIDAY,
        origin: DayOrigin.LOCAL_OVERRIDE,
        name: '台风停工',
      });
      expect(local.classify('2024-10-19')).toMatchObject({
        kind: DayKind.MAKE_UP_WORKING_DAY,
        origin: DayOrigin.LOCAL_OVERRIDE,
      });
      // One closed weekday and one opened Saturday before the 20th day cancel out.
      expect(local.addWorkingDays('2024-09-27', 20).date).toBe('2024-10-30');
      expect(local.addWorkingDays('2024-09-27', 7).date).toBe('2024-10-14');
      expect(national.isWorkingDay('2024-10-09')).toBe(true);
      expect(local.withoutOverrides().isWorkingDay('2024-10-09')).toBe(true);
    });

    it('makes an overridden day in an unloaded year not provisional', () => {
      const local = national.withOverrides([{ date: '2027-01-04', isOffDay: true, name: '停电' }]);
      expect(local.classify('2027-01-04')).toMatchObject({
        provisional: false,
        isWorkingDay: false,
      });
    });

    it('keeps overrides when a year is loaded and refuses duplicates', () => {
      const local = national.withOverrides([typhoon]).withYear(FAKE_2027);
      expect(local.isWorkingDay('2024-09-16')).toBe(false);
      expect(codeAndReasons(() => local.withOverrides([typhoon]))).toEqual({
        code: 'CALENDAR.INVALID_OVERRIDE',
        reasons: ['DUPLICATE_DATE'],
      });
      expect(
        codeAndReasons(() =>
          national.withOverrides([
            { date: '2024-13-01', isOffDay: true, name: 'x' },
            { date: '2024-10-10', isOffDay: true, name: '' },
          ]),
        ).reasons,
      ).toEqual(['INVALID_DATE', 'MISSING_NAME']);
    });
  });
});
