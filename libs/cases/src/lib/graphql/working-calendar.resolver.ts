import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, type Principal, Public, Roles } from '@gongkai/platform';
import { DomainError } from '@gongkai/rules';
import { LoadWorkingCalendarYearUseCase } from '../use-cases/load-working-calendar-year.use-case.js';
import {
  WorkingCalendarQuery,
  type WorkingCalendarYearView,
} from '../use-cases/working-calendar.query.js';
import {
  CalendarYearOrigin,
  LoadWorkingCalendarYearInput,
  LoadWorkingCalendarYearPayload,
  WorkingCalendarYear,
} from './working-calendar.type.js';

/** At most this many listed days per kind: a year has about 30 off days and 6 make-up days. */
const MAX_LISTED_DAYS = 120;
const MAX_TEXT = 500;

@Resolver()
export class WorkingCalendarResolver {
  constructor(
    private readonly workingCalendarQuery: WorkingCalendarQuery,
    private readonly loadWorkingCalendarYearUseCase: LoadWorkingCalendarYearUseCase,
  ) {}

  @Public()
  @Query(() => WorkingCalendarYear, {
    description:
      'Public: the holidays and make-up working days of a year as due dates are computed with them, and where they come from.',
  })
  async workingCalendar(
    @Args('year', { type: () => Int }) year: number,
  ): Promise<WorkingCalendarYear> {
    return present(await this.workingCalendarQuery.execute(year));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => LoadWorkingCalendarYearPayload, {
    description:
      "Admin: load (or correct) a year from the State Council's notice; validated, then every open application's due dates are computed again.",
  })
  async loadWorkingCalendarYear(
    @Args('input') input: LoadWorkingCalendarYearInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LoadWorkingCalendarYearPayload> {
    const texts = [
      input.source.title,
      input.source.url,
      input.source.documentNumber ?? '',
      ...[...input.holidays, ...input.makeUpWorkdays].map((d) => d.name),
    ];
    if (
      input.holidays.length > MAX_LISTED_DAYS ||
      input.makeUpWorkdays.length > MAX_LISTED_DAYS ||
      texts.some((t) => t.length > MAX_TEXT) ||
      texts.slice(3).some((t) => t.length > 100)
    ) {
      throw new DomainError('CALENDAR.INVALID_YEAR_DATA', '日历数据过长 (calendar data too long)', {
        year: input.year,
      });
    }
    const result = await this.loadWorkingCalendarYearUseCase.execute({
      year: input.year,
      holidays: input.holidays,
      makeUpWorkdays: input.makeUpWorkdays,
      source: {
        title: input.source.title,
        url: input.source.url,
        ...(input.source.documentNumber ? { documentNumber: input.source.documentNumber } : {}),
        ...(input.source.issuedOn ? { issuedOn: input.source.issuedOn } : {}),
      },
      adminUserId: principal.userId,
    });
    return {
      calendar: present(await this.workingCalendarQuery.execute(input.year)),
      checkedApplications: result.checkedApplications,
      recomputedApplications: result.recomputedApplications,
    };
  }
}

function present(view: WorkingCalendarYearView): WorkingCalendarYear {
  return {
    year: view.year,
    origin: CalendarYearOrigin[view.origin],
    notices: view.notices.map((n) => ({
      title: n.title,
      url: n.url,
      documentNumber: n.documentNumber ?? null,
      issuedOn: n.issuedOn ?? null,
    })),
    holidays: view.holidays.map((d) => ({ date: d.date, name: d.name })),
    makeUpWorkdays: view.makeUpWorkdays.map((d) => ({ date: d.date, name: d.name })),
    loadedAt: view.loadedAt,
  };
}
