import type { EntityManager } from '@mikro-orm/postgresql';
import {
  assembleTableThree,
  assertTableThreeIdentities,
  type ReportTemplate,
  type StatisticsPeriod,
  type TableThree,
  type TableThreeCount,
} from '@gongkai/rules';
import type { AgencyScope } from './agency-scope.js';
import { countTableThree } from './count-table-three.js';

/**
 * Table 三 of a scope and period, from the SQL aggregation. The identities of regulation.md §3.4
 * are checked on every build: a failing one throws `STATISTICS.IDENTITY_VIOLATED` naming the
 * cell, so an inconsistent number is never returned, stored or published.
 */
export async function queryTableThree(
  em: EntityManager,
  scope: AgencyScope,
  period: StatisticsPeriod,
  template: ReportTemplate,
): Promise<TableThree> {
  return checkedTableThree(template, await countTableThree(em, scope, period));
}

/** Table 三 assembled from its counts, its identities checked (see `queryTableThree`). */
export function checkedTableThree(
  template: ReportTemplate,
  counts: readonly TableThreeCount[],
): TableThree {
  const table = assembleTableThree(template, counts);
  assertTableThreeIdentities(table);
  return table;
}
