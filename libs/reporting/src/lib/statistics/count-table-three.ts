import type { EntityManager } from '@mikro-orm/postgresql';
import {
  assertValidPeriod,
  DomainError,
  StatisticsErrorCode,
  type ApplicantKind,
  type Outcome,
  type StatisticsPeriod,
  type TableThreeCount,
} from '@gongkai/rules';
import { scopeCondition, type AgencyScope } from './agency-scope.js';

/** One group of table 三's aggregation; counts arrive as text (bigint) or numbers (JSON). */
export interface FlowRow {
  applicant_kind: ApplicantKind;
  outcome: Outcome | null;
  received: string | number;
  carried_in: string | number;
  concluded: string | number;
  carried_out: string | number;
}

/**
 * The one definition of table 三's numbers (DESIGN.md §7) as a single aggregation: one pass over
 * the scope's applications that matter for the period, grouped by applicant kind and — for
 * those concluded in the period — outcome. For the period [from, to]:
 * - received = legal receipt date in the period;
 * - carried in = received before `from`, not concluded before `from`;
 * - concluded = conclusion date in the period, once, in its outcome's row;
 * - carried out = received by `to`, not concluded by `to`.
 * Applications without a legal receipt date (awaiting the Art. 31 confirmation) are not counted.
 * Every measure needs "not concluded before `from`", so older cases are filtered out first:
 * `coalesce(concluded_on, 'infinity') >= from` is one range of `application_statistics_flow_idx`,
 * which also holds every column read here, so PostgreSQL answers from the index alone (an
 * `is null or >=` condition made it fetch each row from the table:
 * prisma-free-docs/performance.md §4).
 *
 * Returned as SQL with its bind values, so the quarterly statistics can run it inside their
 * single statement; `countTableThree` runs it alone.
 */
export function tableThreeQuery(
  scope: AgencyScope,
  period: StatisticsPeriod,
): { sql: string; params: unknown[] } {
  assertValidPeriod(period);
  const { from, to } = period;
  const where = scopeCondition(scope);
  return {
    sql: `select a.applicant_kind,
            case when a.concluded_on between ?::date and ?::date then a.outcome end as outcome,
            count(*) filter (where a.received_on >= ?::date) as received,
            count(*) filter (where a.received_on < ?::date) as carried_in,
            count(*) filter (where a.concluded_on <= ?::date) as concluded,
            count(*) filter (where a.concluded_on is null or a.concluded_on > ?::date) as carried_out
       from application a
      where ${where.sql}
        and coalesce(a.concluded_on, 'infinity'::date) >= ?::date
        and a.received_on <= ?::date
      group by 1, 2`,
    params: [from, to, from, from, to, to, ...where.params, from, to],
  };
}

/** Table 三's aggregation for a scope and period, as counts (see `tableThreeQuery`). */
export async function countTableThree(
  em: EntityManager,
  scope: AgencyScope,
  period: StatisticsPeriod,
): Promise<TableThreeCount[]> {
  const query = tableThreeQuery(scope, period);
  return tableThreeCounts(await em.execute<FlowRow[]>(query.sql, query.params));
}

/** The rows of `tableThreeQuery` as the counts table 三 is assembled from. */
export function tableThreeCounts(rows: readonly FlowRow[]): TableThreeCount[] {
  const counts: TableThreeCount[] = [];
  for (const row of rows) {
    const kind = row.applicant_kind;
    const add = (measure: TableThreeCount['measure'], value: string | number): void => {
      const count = Number(value);
      if (count > 0) counts.push({ measure, applicantKind: kind, count });
    };
    add('RECEIVED', row.received);
    add('CARRIED_IN', row.carried_in);
    add('CARRIED_OUT', row.carried_out);
    if (row.outcome !== null) add(row.outcome, row.concluded);
    else if (Number(row.concluded) > 0) {
      // The lifecycle sets both together; a row breaking that must not reach a published table.
      throw new DomainError(
        StatisticsErrorCode.OUTCOME_MISSING,
        'A concluded application has no outcome.',
        { applicantKind: kind, count: Number(row.concluded) },
      );
    }
  }
  return counts;
}
