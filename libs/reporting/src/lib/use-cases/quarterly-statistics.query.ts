import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@gongkai/platform';
import type { WorkingDayCalendar } from '@gongkai/rules';
import { buildQuarterlyStatistics } from '../statistics/build-quarterly-statistics.js';
import type { QuarterlyStatistics } from '../statistics/quarterly-statistics.js';
import { asQuarter } from '../statistics/reporting-period.js';
import { assertStatisticsAccess, findAgency } from '../support/statistics-access.js';
import { REPORTING_CALENDAR } from '../support/working-day-calendar.provider.js';

/** Live quarterly statistics (any quarter, also the current one) for staff of the agency. */
@Injectable()
export class QuarterlyStatisticsQuery {
  constructor(
    private readonly em: EntityManager,
    @Inject(REPORTING_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  async execute(command: {
    principal: Principal;
    agencyId: string;
    year: number;
    quarter: number;
    includeSubtree: boolean;
  }): Promise<QuarterlyStatistics> {
    const quarter = asQuarter(command.quarter);
    const em = this.em.fork();
    const agency = await findAgency(em, command.agencyId);
    await assertStatisticsAccess(em, command.principal, agency, 'read');
    return buildQuarterlyStatistics(
      em,
      this.calendar,
      agency,
      command.year,
      quarter,
      command.includeSubtree,
    );
  }
}
