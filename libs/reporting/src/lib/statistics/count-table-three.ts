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

interface FlowRow {
  applicant_kind: ApplicantKind;
  outcome: Outcome | null;
  received: string;
  carried_in: string;
  concluded: string;
  carried_out: string;
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
 * Every measure needs "not concluded before `from`", so older cases are filtered out first.
 */
export async function countTableThree(
  em: EntityManager,
  scope: AgencyScope,
  period: StatisticsPeriod,
): Promise<TableThreeCount[]> {
  assertValidPeriod(period);
  const { from, to } = period;
  const where = scopeCondition(scope);
  const rows = await em.execute<FlowRow[]>(
    `select a.applicant_kind,
            case when a.concluded_on between ?::date and ?::date then a.outcome end as outcome,
            count(*) filter (where a.received_on >= ?::date) as received,
            count(*) filter (where a.received_on < ?::date) as carried_in,
            count(*) filter (where a.concluded_on <= ?::date) as concluded,
            count(*) filter (where a.concluded_on is null or a.concluded_on > ?::date) as carried_out
       from application a
      where ${where.sql}
        and a.received_on <= ?::date
        and (a.concluded_on is null or a.concluded_on >= ?::date)
      group by 1, 2`,
    [from, to, from, from, to, to, ...where.params, to, from],
  );
  const counts: TableThreeCount[] = [];
  for (const row of rows) {
    const kind = row.applicant_kind;
    const add = (measure: TableThreeCount['measure'], value: string): void => {
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
