import chineseDays from 'chinese-days';
import { fromEpochDay, toEpochDay } from '../date/local-date.js';
import { DayKind, DayOrigin } from './day-kind.js';
import { NATIONAL_CALENDAR_YEARS } from './data/index.js';
import { createNationalCalendar } from './national-calendar.js';

const calendar = createNationalCalendar();

describe('national calendar data (2019–2026)', () => {
  it('loads one dataset per year, 2019 to 2026, each citing its notice', () => {
    expect(calendar.loadedYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(calendar.coverageStart).toBe('2019-01-01');
    expect(calendar.coverageEnd).toBe('2026-12-31');
    for (const data of NATIONAL_CALENDAR_YEARS) {
      expect(data.notices[0]?.title).toBe(`国务院办公厅关于${data.year}年部分节假日安排的通知`);
      expect(data.notices[0]?.url).toMatch(/^https?:\/\/www\.gov\.cn\//);
    }
  });

  it('agrees with the chinese-days package on all 2922 days of 2019–2026', () => {
    // chinese-days 1.5.7 (vsme/chinese-days) covers 2004–2026 including the 2020 extension.
    // No disagreement was found; any future one must be checked against the notice and
    // documented here before this list changes.
    const disagreements: string[] = [];
    let days = 0;
    for (let e = toEpochDay('2019-01-01'); e <= toEpochDay('2026-12-31'); e++) {
      const date = fromEpochDay(e);
      days += 1;
      if (calendar.isWorkingDay(date) !== chineseDays.isWorkday(date)) disagreements.push(date);
    }
    expect(days).toBe(2922);
    expect(disagreements).toEqual([]);
  });

  it('takes the turn-of-year days from the notice that lists them', () => {
    // The 2019 notice opens its 元旦 block on 2018-12-30 and works Saturday 2018-12-29.
    expect(calendar.classify('2018-12-29')).toMatchObject({
      kind: DayKind.MAKE_UP_WORKING_DAY,
      name: '元旦',
      provisional: false,
    });
    expect(calendar.classify('2018-12-31')).toMatchObject({ kind: DayKind.HOLIDAY, name: '元旦' });
    // …but 2018 itself is not loaded: its other days are provisional.
    expect(calendar.classify('2018-12-28')).toMatchObject({
      kind: DayKind.WORKING,
      origin: DayOrigin.WEEKDAY_RULE,
      provisional: true,
    });
    expect(calendar.classify('2022-12-31')).toMatchObject({ kind: DayKind.HOLIDAY, name: '元旦' });
  });

  it('applies the mid-year change notices of 2019 and 2020', () => {
    expect(calendar.classify('2019-05-03')).toMatchObject({
      kind: DayKind.HOLIDAY,
      source: 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm',
    });
    expect(calendar.isWorkingDay('2019-05-05')).toBe(true);
    // Saturday 2020-02-01 was a make-up day until the Spring Festival extension.
    expect(calendar.classify('2020-02-01')).toMatchObject({
      kind: DayKind.HOLIDAY,
      name: '春节',
      source: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
    });
    expect(calendar.isWorkingDay('2020-02-03')).toBe(true);
  });

  it('counts 2024 like the worked examples of regulation.md §2', () => {
    const vectors: [string, string, string, string][] = [
      ['2024-09-27', '2024-10-12', '2024-10-30', '2024-11-27'],
      ['2024-02-06', '2024-02-21', '2024-03-11', '2024-04-09'],
      ['2024-04-30', '2024-05-13', '2024-05-30', '2024-06-28'],
    ];
    for (const [received, seven, twenty, forty] of vectors) {
      expect(calendar.addWorkingDays(received, 7)).toEqual({ date: seven, provisional: false });
      expect(calendar.addWorkingDays(received, 20).date).toBe(twenty);
      expect(calendar.addWorkingDays(received, 40).date).toBe(forty);
    }
  });

  it('gives each year the working-day total its notice implies', () => {
    // Weekdays − weekday holidays + make-up days, e.g. 2025: 261 − 18 + 5 = 248 (the first year
    // with 13 statutory holidays).
    const totals: Record<number, number> = {
      2019: 250,
      2020: 249,
      2021: 250,
      2022: 249,
      2023: 249,
      2024: 251,
      2025: 248,
      2026: 248,
    };
    for (const year of calendar.loadedYears) {
      expect(calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toEqual({
        days: totals[year],
        provisional: false,
      });
    }
  });
});
