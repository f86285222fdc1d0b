import type { EntityManager } from '@mikro-orm/postgresql';
import { templateForReportYear, type Channel, type WorkingDayCalendar } from '@gongkai/rules';
import type { Agency } from '@gongkai/data';
import type { AgencyScope } from './agency-scope.js';
import {
  channelShares,
  channelsQuery,
  columnsStatement,
  countReplyTimeliness,
  earliestServedReceiptQuery,
  feesCollectedQuery,
  processingCounts,
  processingQuery,
  rowsAsJson,
  scalar,
  type ProcessingCounts,
  type SqlPart,
} from './count-quarterly-figures.js';
import { tableThreeCounts, tableThreeQuery, type FlowRow } from './count-table-three.js';
import { checkedTableThree } from './query-table-three.js';
import type { Quarter, QuarterlyStatistics } from './quarterly-statistics.js';
import { quarterPeriods } from './reporting-period.js';

interface FiguresRow {
  current: FlowRow[];
  year_to_date: FlowRow[];
  channels: { channel: Channel; count: number }[];
  processing: Record<keyof ProcessingCounts, number>[];
  fees_fen: string | number;
  earliest_served: string | null;
}

/**
 * Everything a quarter's statistics hold, each number by SQL aggregation, in two statements:
 * table 三 for the quarter and the year to date, the channels, the processing counts, the fees
 * and where the reply-time ordinals start, as one row of JSON columns; then the reply times
 * (their working-day ordinals depend on that start). Each part is the same SQL that counts it
 * alone (count-table-three.ts, count-quarterly-figures.ts).
 */
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
  const query = quarterlyFiguresQuery(scope, year, quarter);
  const [row] = await em.execute<FiguresRow[]>(query.sql, [...query.params]);
  if (!row) throw new Error('The quarterly figures query returned no row.');
  const current = checkedTableThree(template, tableThreeCounts(row.current));
  const yearToDateTable = checkedTableThree(template, tableThreeCounts(row.year_to_date));
  const replies = await countReplyTimeliness(em, calendar, scope, period, row.earliest_served);
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
    channels: channelShares(row.channels),
    replies,
    ...processingCounts(row.processing[0]),
    feesCollectedFen: Number(row.fees_fen),
    pendingAtEnd: current.rows.CARRIED_OUT?.TOTAL ?? 0,
  };
}

/**
 * The first statement of {@link buildQuarterlyStatistics}: one row of JSON columns `current`,
 * `year_to_date`, `channels`, `processing` and the scalars `fees_fen`, `earliest_served`.
 */
export function quarterlyFiguresQuery(scope: AgencyScope, year: number, quarter: Quarter): SqlPart {
  const { period, yearToDate } = quarterPeriods(year, quarter);
  return columnsStatement([
    ['current', rowsAsJson(tableThreeQuery(scope, period))],
    ['year_to_date', rowsAsJson(tableThreeQuery(scope, yearToDate))],
    ['channels', rowsAsJson(channelsQuery(scope, period))],
    ['processing', rowsAsJson(processingQuery(scope, period))],
    ['fees_fen', scalar(feesCollectedQuery(scope, period))],
    ['earliest_served', scalar(earliestServedReceiptQuery(scope, period))],
  ]);
}
