import type { EntityManager } from '@mikro-orm/postgresql';
import { templateForReportYear, type Channel, type WorkingDayCalendar } from '@gongkai/rules';
import type { Agency } from '@gongkai/data';
import {
  channelShares,
  channelsQuery,
  countReplyTimeliness,
  earliestServedReceiptQuery,
  feesCollectedQuery,
  processingCounts,
  processingQuery,
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

/** The rows of a query as one JSON array (empty when none). */
const rowsAsJson = (part: SqlPart): SqlPart => ({
  sql: `(select coalesce(json_agg(t), '[]'::json) from (${part.sql}) t)`,
  params: part.params,
});

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
  const columns: [string, SqlPart][] = [
    ['current', rowsAsJson(tableThreeQuery(scope, period))],
    ['year_to_date', rowsAsJson(tableThreeQuery(scope, yearToDate))],
    ['channels', rowsAsJson(channelsQuery(scope, period))],
    ['processing', rowsAsJson(processingQuery(scope, period))],
    ['fees_fen', wrap(feesCollectedQuery(scope, period))],
    ['earliest_served', wrap(earliestServedReceiptQuery(scope, period))],
  ];
  const [row] = await em.execute<FiguresRow[]>(
    `select ${columns.map(([name, part]) => `${part.sql} as ${name}`).join(',\n       ')}`,
    columns.flatMap(([, part]) => part.params),
  );
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

/** A one-value query as a scalar subquery. */
function wrap(part: SqlPart): SqlPart {
  return { sql: `(${part.sql})`, params: part.params };
}
