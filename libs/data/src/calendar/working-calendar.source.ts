import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { type CalendarYearData, NATIONAL_CALENDAR_YEARS, WorkingDayCalendar } from '@gongkai/rules';
import { CalendarDay, CalendarYear } from '../entities/calendar-year.entity.js';

/** How often a process looks for years loaded by another replica. */
export const CALENDAR_REFRESH_INTERVAL_MS = 30_000;

/** Built-in years (libs/rules) with the loaded years on top; a loaded year replaces a built-in one. */
export function mergeCalendarYears(
  builtIn: readonly CalendarYearData[],
  loaded: readonly CalendarYearData[],
): WorkingDayCalendar {
  const byYear = new Map(builtIn.map((y) => [y.year, y]));
  for (const year of loaded) byYear.set(year.year, year);
  return WorkingDayCalendar.create({ years: [...byYear.values()] });
}

/**
 * The working-day calendar every due date is computed with: the notices shipped in libs/rules
 * plus the years an administrator loaded (`calendar_year`, `calendar_day`). Loaded at start-up,
 * reloaded at once in the process that loads a year, and checked every 30 seconds in the others
 * (one tiny query), so api replicas and workers agree within half a minute.
 *
 * `calendar` is a stable object that always answers with the newest calendar, so code that was
 * handed it once (the `WORKING_DAY_CALENDAR` provider) sees a loaded year without re-injection.
 */
@Injectable()
export class WorkingCalendarSource implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(WorkingCalendarSource.name);
  private current: WorkingDayCalendar = mergeCalendarYears(NATIONAL_CALENDAR_YEARS, []);
  private version = '';
  private timer: NodeJS.Timeout | undefined;

  readonly calendar: WorkingDayCalendar = new Proxy({} as WorkingDayCalendar, {
    get: (_, property) => {
      const value: unknown = Reflect.get(this.current, property, this.current);
      return typeof value === 'function' ? value.bind(this.current) : value;
    },
  });

  constructor(private readonly em: EntityManager) {}

  async onModuleInit(): Promise<void> {
    // A process that cannot read the loaded years yet (database down, or not migrated, as when
    // the schema is printed) starts with the built-in years and keeps trying every tick.
    await this.refreshOrWarn();
    this.timer = setInterval(() => void this.refreshOrWarn(), CALENDAR_REFRESH_INTERVAL_MS);
    this.timer.unref();
  }

  private async refreshOrWarn(): Promise<void> {
    try {
      await this.refresh();
    } catch (error) {
      // The previous calendar stays in force. The class name only: messages can quote data.
      this.logger.warn(`calendar refresh failed: ${(error as Error).name}`);
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** The calendar as it stands in the database now (rebuilt only when a year changed). */
  async refresh(): Promise<WorkingDayCalendar> {
    const em = this.em.fork();
    const [stamp] = await em
      .getConnection()
      .execute<{ n: number; latest: Date | null }[]>(
        'select count(*)::int as n, max(loaded_at) as latest from calendar_year',
      );
    const version = `${stamp?.n ?? 0}:${stamp?.latest ? new Date(stamp.latest).toISOString() : ''}`;
    if (version === this.version) return this.current;
    const years = await em.find(CalendarYear, {}, { orderBy: { year: 'asc' } });
    const days = await em.find(CalendarDay, {}, { orderBy: { year: 'asc', date: 'asc' } });
    const loaded = years.map((year) => toCalendarYearData(year, days));
    this.current = mergeCalendarYears(NATIONAL_CALENDAR_YEARS, loaded);
    this.version = version;
    return this.current;
  }
}

export function toCalendarYearData(
  year: CalendarYear,
  days: readonly CalendarDay[],
): CalendarYearData {
  return {
    year: year.year,
    notices: year.notices,
    days: days
      .filter((d) => d.year.unwrap().year === year.year)
      .map((d) => ({
        date: d.date,
        isOffDay: d.isOffDay,
        name: d.name,
        sourceUrl: d.sourceUrl,
        ...(d.allowWeekday ? { allowWeekday: true } : {}),
      })),
  };
}
