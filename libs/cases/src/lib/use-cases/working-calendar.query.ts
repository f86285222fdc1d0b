import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CalendarYear, WorkingCalendarSource } from '@gongkai/data';
import {
  CALENDAR_DOMAIN_FIRST_YEAR,
  CALENDAR_DOMAIN_LAST_YEAR,
  type CalendarDayEntry,
  DomainError,
  type HolidayNotice,
  NATIONAL_CALENDAR_YEARS,
} from '@gongkai/rules';

export type CalendarYearOrigin = 'LOADED' | 'BUILT_IN' | 'NONE';

export interface WorkingCalendarYearView {
  readonly year: number;
  /** Where the year's data comes from; NONE = Mon–Fri only, every date provisional. */
  readonly origin: CalendarYearOrigin;
  readonly notices: readonly HolidayNotice[];
  readonly holidays: readonly CalendarDayEntry[];
  readonly makeUpWorkdays: readonly CalendarDayEntry[];
  readonly loadedAt: Date | null;
}

/** Public: one year of the calendar in force, as the due dates are computed with it. */
@Injectable()
export class WorkingCalendarQuery {
  constructor(
    private readonly em: EntityManager,
    private readonly calendars: WorkingCalendarSource,
  ) {}

  async execute(year: number): Promise<WorkingCalendarYearView> {
    if (
      !Number.isInteger(year) ||
      year < CALENDAR_DOMAIN_FIRST_YEAR ||
      year > CALENDAR_DOMAIN_LAST_YEAR
    ) {
      throw new DomainError(
        'CALENDAR.DATE_OUT_OF_RANGE',
        `年份须在 ${CALENDAR_DOMAIN_FIRST_YEAR}–${CALENDAR_DOMAIN_LAST_YEAR} 之间 (year out of range)`,
        { year },
      );
    }
    const calendar = await this.calendars.refresh();
    const loaded = await this.em.fork().findOne(CalendarYear, { year });
    const data = calendar.yearData(year);
    const origin: CalendarYearOrigin = loaded
      ? 'LOADED'
      : NATIONAL_CALENDAR_YEARS.some((y) => y.year === year)
        ? 'BUILT_IN'
        : 'NONE';
    const days = [...(data?.days ?? [])].sort((a, b) => a.date.localeCompare(b.date));
    return {
      year,
      origin,
      notices: data?.notices ?? [],
      holidays: days.filter((d) => d.isOffDay),
      makeUpWorkdays: days.filter((d) => !d.isOffDay),
      loadedAt: loaded?.loadedAt ?? null,
    };
  }
}
