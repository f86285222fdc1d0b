import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CHANNEL_LABELS,
  CHANNELS,
  ExtensionStatus,
  fromEpochDay,
  toEpochDay,
  type Channel,
  type StatisticsPeriod,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { scopeCondition, type AgencyScope } from './agency-scope.js';
import { percentage, type ChannelShare, type ReplyTimeliness } from './quarterly-statistics.js';

/** A statement (or a scalar subquery) with its bind values, in the order of its `?`s. */
export interface SqlPart {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** The rows of a query as one JSON array (empty when none), as a scalar subquery. */
export const rowsAsJson = (part: SqlPart): SqlPart => ({
  sql: `(select coalesce(json_agg(t), '[]'::json) from (${part.sql}) t)`,
  params: part.params,
});

/** A one-value query as a scalar subquery. */
export const scalar = (part: SqlPart): SqlPart => ({ sql: `(${part.sql})`, params: part.params });

/** Named scalar subqueries as the columns of one statement returning one row. */
export const columnsStatement = (columns: readonly (readonly [string, SqlPart])[]): SqlPart => ({
  sql: `select ${columns.map(([name, part]) => `${part.sql} as ${name}`).join(',\n       ')}`,
  params: columns.flatMap(([, part]) => part.params),
});

/**
 * Received applications of the period by channel: rows `{ channel, count }`, or with `byMonth`
 * rows `{ month, channel, count }` (months 1–12 of the receipt date; none for an empty month).
 */
export function channelsQuery(
  scope: AgencyScope,
  period: StatisticsPeriod,
  byMonth = false,
): SqlPart {
  const where = scopeCondition(scope);
  const month = byMonth ? 'extract(month from a.received_on)::int as month, ' : '';
  return {
    sql: `select ${month}a.channel, count(*) as count from application a
      where ${where.sql} and a.received_on between ?::date and ?::date
      group by ${byMonth ? '1, 2' : '1'}`,
    params: [...where.params, period.from, period.to],
  };
}

/** The rows of `channelsQuery` in the template order of channels, with their shares. */
export function channelShares(
  rows: readonly { channel: Channel; count: string | number }[],
): ChannelShare[] {
  const byChannel = new Map(rows.map((r) => [r.channel, Number(r.count)]));
  const total = rows.reduce((sum, r) => sum + Number(r.count), 0);
  return CHANNELS.map((channel) => {
    const received = byChannel.get(channel) ?? 0;
    return {
      channel,
      label: CHANNEL_LABELS[channel],
      received,
      percentage: percentage(received, total),
    };
  });
}

/** Received applications by channel (template order) for each month of the period that received any. */
export async function countChannelsByMonth(
  em: EntityManager,
  scope: AgencyScope,
  period: StatisticsPeriod,
): Promise<Map<number, ChannelShare[]>> {
  const query = channelsQuery(scope, period, true);
  const rows = await em.execute<{ month: number; channel: Channel; count: string }[]>(query.sql, [
    ...query.params,
  ]);
  const months = new Map<number, typeof rows>();
  for (const row of rows) months.set(row.month, [...(months.get(row.month) ?? []), row]);
  return new Map([...months].map(([month, ofMonth]) => [month, channelShares(ofMonth)]));
}

/** The replies served in the period, for an application table aliased `a`. */
function servedCondition(scope: AgencyScope, period: StatisticsPeriod): SqlPart {
  const where = scopeCondition(scope);
  return {
    sql: `${where.sql} and a.served_on between ?::date and ?::date`,
    params: [...where.params, period.from, period.to],
  };
}

/**
 * The earliest legal receipt date of the replies served in the period (a scalar, `null` without
 * replies): where the working-day ordinals of `countReplyTimeliness` have to start. The
 * materialized CTE keeps PostgreSQL from turning `min` into "walk the agency's receipt dates from
 * the oldest until one was served in the period" (0.8 s for a city at 1 000 000 applications);
 * the served rows come from `application_statistics_served_idx`, which carries `received_on`.
 */
export function earliestServedReceiptQuery(scope: AgencyScope, period: StatisticsPeriod): SqlPart {
  const served = servedCondition(scope, period);
  return {
    sql: `with served as materialized (
            select a.received_on from application a where ${served.sql}
          )
          select min(received_on)::text from served`,
    params: served.params,
  };
}

/**
 * PostgreSQL array literals mapping every day from `from` to `to` to its working-day ordinal
 * (working days since the calendar's domain start). Days between two dates in working days are
 * then one subtraction in SQL: `ordinal(b) - ordinal(a)` counts the working days d, a < d <= b.
 */
function ordinalArrays(
  calendar: WorkingDayCalendar,
  from: string,
  to: string,
): { days: string; ordinals: string } {
  const days: string[] = [];
  const ordinals: number[] = [];
  for (let e = toEpochDay(from), end = toEpochDay(to); e <= end; e++) {
    days.push(fromEpochDay(e));
    ordinals.push(calendar.ordinalThrough(e));
  }
  return { days: `{${days.join(',')}}`, ordinals: `{${ordinals.join(',')}}` };
}

export const NO_REPLIES: ReplyTimeliness = {
  onTime: 0,
  late: 0,
  averageWorkingDays: null,
  medianWorkingDays: null,
};

/**
 * Replies served in the period: on time (served by the reply due date, which includes an
 * approved extension) or late, and the working days from the legal receipt date to service —
 * the average to two decimals and the lower median — via the calendar's working-day ordinals.
 * `earliest` is the result of `earliestServedReceiptQuery`; pass `undefined` to look it up first.
 */
export async function countReplyTimeliness(
  em: EntityManager,
  calendar: WorkingDayCalendar,
  scope: AgencyScope,
  period: StatisticsPeriod,
  earliest?: string | null,
): Promise<ReplyTimeliness> {
  const [row] = await timelinessRows(em, calendar, scope, period, earliest, false);
  return row?.replies ?? NO_REPLIES;
}

/** {@link countReplyTimeliness} for each month of the period with replies, by month of service. */
export async function countReplyTimelinessByMonth(
  em: EntityManager,
  calendar: WorkingDayCalendar,
  scope: AgencyScope,
  period: StatisticsPeriod,
): Promise<Map<number, ReplyTimeliness>> {
  const rows = await timelinessRows(em, calendar, scope, period, undefined, true);
  return new Map(rows.map((r) => [r.month, r.replies]));
}

async function timelinessRows(
  em: EntityManager,
  calendar: WorkingDayCalendar,
  scope: AgencyScope,
  period: StatisticsPeriod,
  earliest: string | null | undefined,
  byMonth: boolean,
): Promise<{ month: number; replies: ReplyTimeliness }[]> {
  if (earliest === undefined) {
    const query = earliestServedReceiptQuery(scope, period);
    const [first] = await em.execute<{ min: string | null }[]>(query.sql, [...query.params]);
    earliest = first?.min ?? null;
  }
  if (!earliest) return [];
  const query = replyTimesQuery(calendar, scope, period, earliest, byMonth);
  const rows = await em.execute<
    {
      month: number;
      on_time: string;
      late: string;
      average: string | null;
      median: number | null;
    }[]
  >(query.sql, [...query.params]);
  return rows.map((row) => ({
    month: row.month,
    replies: {
      onTime: Number(row.on_time),
      late: Number(row.late),
      averageWorkingDays: row.average,
      medianWorkingDays: row.median,
    },
  }));
}

/**
 * The statement of {@link countReplyTimeliness}: rows `{ month, on_time, late, average, median }`
 * (month 0 unless `byMonth`), the working-day ordinals from `earliest` (the result of
 * `earliestServedReceiptQuery`) to the period's end passed as two arrays.
 */
export function replyTimesQuery(
  calendar: WorkingDayCalendar,
  scope: AgencyScope,
  period: StatisticsPeriod,
  earliest: string,
  byMonth: boolean,
): SqlPart {
  const served = servedCondition(scope, period);
  const { days, ordinals } = ordinalArrays(calendar, earliest, period.to);
  const month = byMonth ? 'extract(month from a.served_on)::int' : '0';
  return {
    sql: `with ordinal(day, n) as (select * from unnest(?::date[], ?::int[]))
     select ${month} as month,
            count(*) filter (where a.reply_due_on is null or a.served_on <= a.reply_due_on) as on_time,
            count(*) filter (where a.served_on > a.reply_due_on) as late,
            round(avg(s.n - r.n), 2)::text as average,
            percentile_disc(0.5) within group (order by s.n - r.n) as median
       from application a
       join ordinal r on r.day = a.received_on
       join ordinal s on s.day = a.served_on
      where ${served.sql}
      group by 1`,
    params: [days, ordinals, ...served.params],
  };
}

export interface ProcessingCounts {
  readonly extensions: number;
  readonly supplementRequests: number;
  readonly consultations: number;
  readonly feeNotices: number;
}

/**
 * Extensions approved, supplement requests, consultations and fee notices issued: one row. Each
 * processing record carries its application's agency, so each count is one range of its
 * `(agency_id, date)` index, read alone (a join with the agency's applications read all of them:
 * up to 0.2 s each for a city of 114 000; prisma-free-docs/performance.md §4).
 */
export function processingQuery(scope: AgencyScope, period: StatisticsPeriod): SqlPart {
  const application = scopeCondition(scope);
  const record = scopeCondition(scope, 'x');
  const between = (column: string) => `${column} between ?::date and ?::date`;
  const params = (where: SqlPart) => [...where.params, period.from, period.to];
  return {
    sql: `select
       (select count(*) from application a
         where ${application.sql} and ${between('a.extension_decided_on')}
           and a.extension_status = '${ExtensionStatus.APPROVED}') as "extensions",
       (select count(*) from supplement_request x
         where ${record.sql} and ${between('x.requested_on')}) as "supplementRequests",
       (select count(*) from consultation x
         where ${record.sql} and ${between('x.sent_on')}) as "consultations",
       (select count(*) from fee_notice x
         where ${record.sql} and ${between('x.issued_on')}) as "feeNotices"`,
    params: [...params(application), ...params(record), ...params(record), ...params(record)],
  };
}

/** The row of `processingQuery` as numbers. */
export function processingCounts(
  row: Record<keyof ProcessingCounts, string | number | null> | undefined,
): ProcessingCounts {
  return {
    extensions: Number(row?.extensions ?? 0),
    supplementRequests: Number(row?.supplementRequests ?? 0),
    consultations: Number(row?.consultations ?? 0),
    feeNotices: Number(row?.feeNotices ?? 0),
  };
}

/** 信息处理费 paid in the period (fen): a scalar, from `fee_notice`'s `(agency_id, paid_on)` index alone. */
export function feesCollectedQuery(scope: AgencyScope, period: StatisticsPeriod): SqlPart {
  const where = scopeCondition(scope, 'x');
  return {
    sql: `select coalesce(sum(x.amount_fen), 0) as fen from fee_notice x
      where ${where.sql} and x.paid_on between ?::date and ?::date`,
    params: [...where.params, period.from, period.to],
  };
}
