import {
  epochDayFromParts,
  weekdayOfEpochDay,
  type EpochDay,
  type LocalDate,
} from '../date/local-date.js';
import { CalendarDateOutOfRangeError } from './calendar-date-out-of-range.error.js';
import { DOMAIN_SIZE, DOMAIN_START, formatDomainDay, parseDomainDay } from './calendar-domain.js';
import type { CalendarOverride } from './calendar-override.js';
import type { CalendarYearData } from './calendar-year-data.js';
import { DayKind, DayOrigin, type CalendarDayInfo } from './day-kind.js';
import { InvalidCalendarYearError } from './invalid-calendar-year.error.js';
import { validateCalendarOverrides } from './validate-calendar-overrides.js';
import { validateCalendarYear, type ValidatedCalendarYear } from './validate-calendar-year.js';

/** A date computed from the calendar; `provisional` when it rests on a day no notice covers. */
export interface WorkingDayResult {
  readonly date: LocalDate;
  readonly provisional: boolean;
}

export interface WorkingDayCount {
  readonly days: number;
  readonly provisional: boolean;
}

export interface WorkingDayCalendarOptions {
  /** State Council notice data, one entry per year (see `NATIONAL_CALENDAR_YEARS`). */
  readonly years?: readonly CalendarYearData[];
  /** Agency-local days layered over the national data. */
  readonly overrides?: readonly CalendarOverride[];
}

// Kind codes in the Uint8Array; the order matches nothing outside this file.
const K_WORKING = 0;
const K_WEEKEND = 1;
const K_HOLIDAY = 2;
const K_MAKE_UP = 3;
const KIND_BY_CODE = [
  DayKind.WORKING,
  DayKind.WEEKEND,
  DayKind.HOLIDAY,
  DayKind.MAKE_UP_WORKING_DAY,
] as const;

interface DayDetail {
  readonly name: string;
  readonly source?: string;
  readonly origin: DayOrigin;
}

/**
 * The working-day calendar: national notice data for the loaded years, the Mon–Fri rule for
 * every other year (results that depend on such a day are `provisional`), and optional
 * agency-local overrides on top.
 *
 * Immutable. Loading a year or adding overrides returns a new calendar; the tables are rebuilt
 * once (well under a millisecond) and every query after that is O(1):
 * - `cumulative[i]` = working days among the first `i` days of the domain, so a count between
 *   two dates is one subtraction;
 * - `byOrdinal[k]` = the domain index of the k-th working day, so "the Nth working day after
 *   d" is one lookup;
 * - `unknownCumulative` does the same for days that no notice covers, which is how a result
 *   knows it is provisional without walking the days.
 */
export class WorkingDayCalendar {
  /** Years with loaded notice data, ascending. */
  readonly loadedYears: readonly number[];
  /** First day of the earliest loaded year, or null when no year is loaded. */
  readonly coverageStart: LocalDate | null;
  /**
   * Last day of the latest loaded year. Dates after it are computed with the Mon–Fri rule and
   * marked provisional. (A gap between loaded years is provisional too; see `isProvisional`.)
   */
  readonly coverageEnd: LocalDate | null;

  private readonly kinds = new Uint8Array(DOMAIN_SIZE);
  private readonly cumulative = new Int32Array(DOMAIN_SIZE + 1);
  private readonly unknownCumulative = new Int32Array(DOMAIN_SIZE + 1);
  private readonly byOrdinal: Int32Array;
  private readonly details = new Map<number, DayDetail>();

  private constructor(
    private readonly years: ReadonlyMap<number, ValidatedCalendarYear>,
    readonly overrides: readonly CalendarOverride[],
  ) {
    this.loadedYears = [...years.keys()].sort((a, b) => a - b);
    const first = this.loadedYears[0];
    const last = this.loadedYears[this.loadedYears.length - 1];
    this.coverageStart = first === undefined ? null : `${first}-01-01`;
    this.coverageEnd = last === undefined ? null : `${last}-12-31`;

    const known = new Uint8Array(DOMAIN_SIZE);
    for (let i = 0; i < DOMAIN_SIZE; i++) {
      const weekday = weekdayOfEpochDay(DOMAIN_START + i);
      this.kinds[i] = weekday === 0 || weekday === 6 ? K_WEEKEND : K_WORKING;
    }
    for (const year of this.loadedYears) {
      known.fill(
        1,
        epochDayFromParts(year, 1, 1) - DOMAIN_START,
        epochDayFromParts(year, 12, 31) - DOMAIN_START + 1,
      );
    }
    for (const validated of years.values()) {
      for (const day of validated.days) {
        const i = day.epochDay - DOMAIN_START;
        this.kinds[i] = day.isOffDay ? K_HOLIDAY : isWeekendIndex(i) ? K_MAKE_UP : K_WORKING;
        this.details.set(i, { name: day.name, source: day.sourceUrl, origin: DayOrigin.NOTICE });
        known[i] = 1;
      }
    }
    for (const override of overrides) {
      const i = parseDomainDay(override.date) - DOMAIN_START;
      const nationallyOff = this.kinds[i] === K_WEEKEND || this.kinds[i] === K_HOLIDAY;
      this.kinds[i] = override.isOffDay ? K_HOLIDAY : nationallyOff ? K_MAKE_UP : K_WORKING;
      this.details.set(i, {
        name: override.name.trim(),
        ...(override.source === undefined ? {} : { source: override.source }),
        origin: DayOrigin.LOCAL_OVERRIDE,
      });
      known[i] = 1;
    }

    let working = 0;
    let unknown = 0;
    for (let i = 0; i < DOMAIN_SIZE; i++) {
      const kind = this.kinds[i];
      if (kind === K_WORKING || kind === K_MAKE_UP) working += 1;
      if (known[i] === 0) unknown += 1;
      this.cumulative[i + 1] = working;
      this.unknownCumulative[i + 1] = unknown;
    }
    this.byOrdinal = new Int32Array(working + 1);
    for (let i = 0; i < DOMAIN_SIZE; i++) {
      if (this.cumulative[i + 1] !== this.cumulative[i]) {
        this.byOrdinal[this.cumulative[i + 1] as number] = i;
      }
    }
  }

  /** A calendar from notice data and optional overrides; validates everything it is given. */
  static create(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
    const years = new Map<number, ValidatedCalendarYear>();
    for (const data of options.years ?? []) {
      if (years.has(data.year)) {
        throw new InvalidCalendarYearError(data.year, [
          { reason: 'INVALID_YEAR', message: `${data.year} is given twice` },
        ]);
      }
      const validated = validateCalendarYear(data);
      assertNoConflict(validated, years);
      years.set(data.year, validated);
    }
    const overrides = options.overrides ?? [];
    validateCalendarOverrides(overrides);
    return new WorkingDayCalendar(years, [...overrides]);
  }

  /**
   * Loads (or reloads) one year's notice data, replacing the Mon–Fri fallback for that year.
   * Overrides are kept. Every date computed before on this calendar may change: callers must
   * recompute the open applications' clocks.
   */
  withYear(data: CalendarYearData): WorkingDayCalendar {
    const validated = validateCalendarYear(data);
    const others = new Map(this.years);
    others.delete(data.year);
    assertNoConflict(validated, others);
    others.set(data.year, validated);
    return new WorkingDayCalendar(others, this.overrides);
  }

  /** A derived calendar: these overrides added to the ones already present. */
  withOverrides(overrides: readonly CalendarOverride[]): WorkingDayCalendar {
    const all = [...this.overrides, ...overrides];
    validateCalendarOverrides(all);
    return new WorkingDayCalendar(this.years, all);
  }

  /** The national calendar underneath any overrides. */
  withoutOverrides(): WorkingDayCalendar {
    return this.overrides.length === 0 ? this : new WorkingDayCalendar(this.years, []);
  }

  /** The notice data loaded for a year, as given. */
  yearData(year: number): CalendarYearData | undefined {
    return this.years.get(year)?.data;
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.isWorkingEpochDay(parseDomainDay(date));
  }

  /** True when no loaded notice or override covers the day: it is classified by Mon–Fri only. */
  isProvisional(date: LocalDate): boolean {
    const i = parseDomainDay(date) - DOMAIN_START;
    return this.unknownCumulative[i + 1] !== this.unknownCumulative[i];
  }

  classify(date: LocalDate): CalendarDayInfo {
    return this.classifyEpochDay(parseDomainDay(date));
  }

  /** Every day from `from` to `to` inclusive (for a calendar view; this one is per day). */
  days(from: LocalDate, to: LocalDate): CalendarDayInfo[] {
    const out: CalendarDayInfo[] = [];
    for (let e = parseDomainDay(from), end = parseDomainDay(to); e <= end; e++) {
      out.push(this.classifyEpochDay(e));
    }
    return out;
  }

  /**
   * The `n`th working day after `date`: day 1 is the first working day after it, whatever
   * `date` itself is. `n = 0` gives `date`; a negative `n` counts back (-1 = the last working
   * day before `date`).
   */
  addWorkingDays(date: LocalDate, n: number): WorkingDayResult {
    const from = parseDomainDay(date);
    const to = this.addWorkingDaysToEpochDay(from, n);
    return {
      date: formatDomainDay(to),
      provisional:
        to >= from ? this.unknownDaysIn(from, to) > 0 : this.unknownDaysIn(to - 1, from - 1) > 0,
    };
  }

  /**
   * Working days `d` with `a < d <= b`; when `b` is before `a`, minus the working days
   * `b <= d < a`. Either way `addWorkingDays(a, workingDaysBetween(a, b).days)` is `b` whenever
   * `b` is a working day.
   */
  workingDaysBetween(a: LocalDate, b: LocalDate): WorkingDayCount {
    const ea = parseDomainDay(a);
    const eb = parseDomainDay(b);
    if (ea <= eb) {
      return {
        days: this.ordinalThrough(eb) - this.ordinalThrough(ea),
        provisional: this.unknownDaysIn(ea, eb) > 0,
      };
    }
    const count = this.ordinalThrough(ea - 1) - this.ordinalThrough(eb - 1);
    return {
      days: count === 0 ? 0 : -count,
      provisional: this.unknownDaysIn(eb - 1, ea - 1) > 0,
    };
  }

  // ---- Epoch-day API: the same queries without parsing or printing, for the clock. ----

  isWorkingEpochDay(epochDay: EpochDay): boolean {
    const i = this.index(epochDay);
    return this.cumulative[i + 1] !== this.cumulative[i];
  }

  /** Working days from the start of the domain through `epochDay` (the day before it allowed). */
  ordinalThrough(epochDay: EpochDay): number {
    const i = epochDay - DOMAIN_START;
    if (i < -1 || i >= DOMAIN_SIZE) throw outOfRange(epochDay);
    return this.cumulative[i + 1] as number;
  }

  /** Epoch day of the working day with this ordinal (1 = the first working day of the domain). */
  epochDayOfOrdinal(ordinal: number): EpochDay {
    if (ordinal < 1 || ordinal >= this.byOrdinal.length) {
      throw new CalendarDateOutOfRangeError(ordinal < 1 ? 'before 2000-01-01' : 'after 2099-12-31');
    }
    return DOMAIN_START + (this.byOrdinal[ordinal] as number);
  }

  addWorkingDaysToEpochDay(epochDay: EpochDay, n: number): EpochDay {
    if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
    if (n === 0) {
      this.index(epochDay);
      return epochDay;
    }
    const i = this.index(epochDay);
    // The last working day before i has ordinal cumulative[i]; for n < 0 count back from it.
    const ordinal =
      n > 0 ? (this.cumulative[i + 1] as number) + n : (this.cumulative[i] as number) + n + 1;
    return this.epochDayOfOrdinal(ordinal);
  }

  /** Days in `(fromExclusive, toInclusive]` that no notice or override covers. */
  unknownDaysIn(fromExclusive: EpochDay, toInclusive: EpochDay): number {
    if (toInclusive <= fromExclusive) return 0;
    const a = Math.max(fromExclusive - DOMAIN_START + 1, 0);
    const b = Math.min(toInclusive - DOMAIN_START + 1, DOMAIN_SIZE);
    return (this.unknownCumulative[b] as number) - (this.unknownCumulative[a] as number);
  }

  classifyEpochDay(epochDay: EpochDay): CalendarDayInfo {
    const i = this.index(epochDay);
    const kind = KIND_BY_CODE[this.kinds[i] as number] as DayKind;
    const detail = this.details.get(i);
    return {
      date: formatDomainDay(epochDay),
      kind,
      isWorkingDay: kind === DayKind.WORKING || kind === DayKind.MAKE_UP_WORKING_DAY,
      origin: detail?.origin ?? DayOrigin.WEEKDAY_RULE,
      ...(detail === undefined ? {} : { name: detail.name }),
      ...(detail?.source === undefined ? {} : { source: detail.source }),
      provisional: this.unknownCumulative[i + 1] !== this.unknownCumulative[i],
    };
  }

  private index(epochDay: EpochDay): number {
    const i = epochDay - DOMAIN_START;
    if (i < 0 || i >= DOMAIN_SIZE) throw outOfRange(epochDay);
    return i;
  }
}

function isWeekendIndex(i: number): boolean {
  const weekday = weekdayOfEpochDay(DOMAIN_START + i);
  return weekday === 0 || weekday === 6;
}

function outOfRange(epochDay: EpochDay): CalendarDateOutOfRangeError {
  return new CalendarDateOutOfRangeError(
    epochDay < DOMAIN_START ? 'dates before 2000-01-01' : 'dates after 2099-12-31',
  );
}

/** Two years' notices may both list a turn-of-year day; they must then agree on it. */
function assertNoConflict(
  candidate: ValidatedCalendarYear,
  others: ReadonlyMap<number, ValidatedCalendarYear>,
): void {
  const listed = new Map<EpochDay, boolean>();
  for (const other of others.values()) {
    for (const day of other.days) listed.set(day.epochDay, day.isOffDay);
  }
  const problems = candidate.days
    .map((day, index) => ({ day, index }))
    .filter(({ day }) => listed.has(day.epochDay) && listed.get(day.epochDay) !== day.isOffDay)
    .map(({ day, index }) => {
      const date = formatDomainDay(day.epochDay);
      return {
        reason: 'CONFLICTS_WITH_LOADED_YEAR' as const,
        index,
        date,
        message: `${date} contradicts another loaded year's notice`,
      };
    });
  if (problems.length > 0) throw new InvalidCalendarYearError(candidate.data.year, problems);
}
