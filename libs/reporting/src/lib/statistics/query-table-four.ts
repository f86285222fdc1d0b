import {
  assembleTableFour,
  assertTableFourIdentities,
  ReviewResult,
  type ReviewKind,
  type StatisticsPeriod,
  type TableFour,
} from '@gongkai/rules';
import { scopeCondition, type AgencyScope } from './agency-scope.js';
import type { SqlPart } from './count-quarterly-figures.js';

/** One group of table 四's aggregation; the count arrives as text (bigint) or a number (JSON). */
export interface ReviewRow {
  kind: ReviewKind;
  result: ReviewResult;
  count: string | number;
}

/**
 * Table 四's aggregation: the reconsiderations and lawsuits filed in the period about the scope's
 * applications, each in the result it had by the period's end (尚未审结 when it was not decided
 * by then, so a finalised year does not change later). The reviews carry their application's
 * agency: one range of `(agency_id, filed_on)` per agency, which includes every column read
 * (joined with the applications, it read every application of the subtree: 1.9 s for a city of
 * 1 000 000).
 */
export function tableFourQuery(scope: AgencyScope, period: StatisticsPeriod): SqlPart {
  const where = scopeCondition(scope, 'r');
  return {
    sql: `select r.kind,
            case when r.result <> '${ReviewResult.PENDING}' and r.result_on <= ?::date
                 then r.result else '${ReviewResult.PENDING}' end as result,
            count(*) as count
       from administrative_review r
      where ${where.sql} and r.filed_on between ?::date and ?::date
      group by 1, 2`,
    params: [period.to, ...where.params, period.from, period.to],
  };
}

/** Table 四 from the rows of `tableFourQuery`, identity 5 checked. */
export function checkedTableFour(rows: readonly ReviewRow[]): TableFour {
  const table = assembleTableFour(
    rows.map((r) => ({ kind: r.kind, result: r.result, count: Number(r.count) })),
  );
  assertTableFourIdentities(table);
  return table;
}
