import type { EntityManager } from '@mikro-orm/postgresql';
import type { Agency } from '@gongkai/data';
import { templateForReportYear, yearPeriod } from '@gongkai/rules';
import type { AgencyScope } from '../statistics/agency-scope.js';
import {
  columnsStatement,
  feesCollectedQuery,
  rowsAsJson,
  scalar,
  type SqlPart,
} from '../statistics/count-quarterly-figures.js';
import {
  tableThreeCounts,
  tableThreeQuery,
  type FlowRow,
} from '../statistics/count-table-three.js';
import {
  checkedTableFour,
  tableFourQuery,
  type ReviewRow,
} from '../statistics/query-table-four.js';
import { checkedTableThree } from '../statistics/query-table-three.js';
import { assertYear } from '../statistics/reporting-period.js';
import type { AnnualReportData } from './annual-report-data.js';

/**
 * The one statement of an annual report: table 三's and table 四's rows as JSON columns
 * `table_three`, `table_four`, and the fees collected `fees_fen`, each the same SQL that counts it
 * alone.
 */
export function annualReportQuery(scope: AgencyScope, year: number): SqlPart {
  assertYear(year);
  const period = yearPeriod(year);
  return columnsStatement([
    ['table_three', rowsAsJson(tableThreeQuery(scope, period))],
    ['table_four', rowsAsJson(tableFourQuery(scope, period))],
    ['fees_fen', scalar(feesCollectedQuery(scope, period))],
  ]);
}

/** Tables 三 and 四 and the fees of section 六 for a report year, in that year's template. */
export async function buildAnnualReport(
  em: EntityManager,
  agency: Agency,
  year: number,
  includeSubtree: boolean,
): Promise<AnnualReportData> {
  const query = annualReportQuery({ agency, includeSubtree }, year);
  const [row] = await em.execute<
    { table_three: FlowRow[]; table_four: ReviewRow[]; fees_fen: string | number }[]
  >(query.sql, [...query.params]);
  if (!row) throw new Error('The annual report query returned no row.');
  const template = templateForReportYear(year);
  return {
    agency: { id: agency.id, code: agency.code, name: agency.name },
    year,
    includeSubtree,
    template,
    tableThree: checkedTableThree(template, tableThreeCounts(row.table_three)),
    tableFour: checkedTableFour(row.table_four),
    feesCollectedFen: Number(row.fees_fen),
  };
}
