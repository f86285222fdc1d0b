import type { EntityManager } from '@mikro-orm/postgresql';
import { templateForReportYear, type WorkingDayCalendar } from '@gongkai/rules';
import type { Agency } from '@gongkai/data';
import {
  countChannels,
  countFeesCollected,
  countProcessing,
  countReplyTimeliness,
} from './count-quarterly-figures.js';
import { queryTableThree } from './query-table-three.js';
import type { Quarter, QuarterlyStatistics } from './quarterly-statistics.js';
import { quarterPeriods } from './reporting-period.js';

/** Everything a quarter's statistics hold, each number by SQL aggregation. */
export async function buildQuarterlyStatistics(
  em: EntityManager,
  calendar: WorkingDayCalendar,
  agency: Agency,
  year: number,
  quarter: Quarter,
  includeSubtree: boolean,
): Promise<QuarterlyStatistics> {
  const { period, yearToDate } = quarterPeriods(year, quarter);
  const template = templateForReportYear(year);
  const scope = { agency, includeSubtree };
  const current = await queryTableThree(em, scope, period, template);
  const yearToDateTable = await queryTableThree(em, scope, yearToDate, template);
  const channels = await countChannels(em, scope, period);
  const replies = await countReplyTimeliness(em, calendar, scope, period);
  const processing = await countProcessing(em, scope, period);
  return {
    agency: { id: agency.id, code: agency.code, name: agency.name },
    year,
    quarter,
    includeSubtree,
    period,
    yearToDatePeriod: yearToDate,
    template,
    current,
    yearToDate: yearToDateTable,
    channels,
    replies,
    ...processing,
    feesCollectedFen: await countFeesCollected(em, scope, period),
    pendingAtEnd: current.rows.CARRIED_OUT?.TOTAL ?? 0,
  };
}
