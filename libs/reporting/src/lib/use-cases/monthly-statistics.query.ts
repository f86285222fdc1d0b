import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@gongkai/platform';
import type { WorkingDayCalendar } from '@gongkai/rules';
import {
  buildMonthlyStatistics,
  type MonthlyStatistics,
} from '../statistics/monthly-statistics.js';
import { assertStatisticsAccess, findAgency } from '../support/statistics-access.js';
import { REPORTING_CALENDAR } from '../support/working-day-calendar.provider.js';

/** Live figures of each month of a year for staff of the agency (the supervisor's dashboard). */
@Injectable()
export class MonthlyStatisticsQuery {
  constructor(
    private readonly em: EntityManager,
    @Inject(REPORTING_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  async execute(command: {
    principal: Principal;
    agencyId: string;
    year: number;
    includeSubtree: boolean;
  }): Promise<MonthlyStatistics[]> {
    const em = this.em.fork();
    const agency = await findAgency(em, command.agencyId);
    await assertStatisticsAccess(em, command.principal, agency, 'read');
    return buildMonthlyStatistics(
      em,
      this.calendar,
      { agency, includeSubtree: command.includeSubtree },
      command.year,
    );
  }
}
