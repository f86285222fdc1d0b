import type { EntityManager } from '@mikro-orm/postgresql';
import type { Agency } from '@gongkai/data';
import { templateForReportYear, yearPeriod } from '@gongkai/rules';
import { countFeesCollected } from '../statistics/count-quarterly-figures.js';
import { queryTableFour } from '../statistics/query-table-four.js';
import { queryTableThree } from '../statistics/query-table-three.js';
import { assertYear } from '../statistics/reporting-period.js';
import type { AnnualReportData } from './annual-report-data.js';

/** Tables 三 and 四 and the fees of section 六 for a report year, in that year's template. */
export async function buildAnnualReport(
  em: EntityManager,
  agency: Agency,
  year: number,
  includeSubtree: boolean,
): Promise<AnnualReportData> {
  assertYear(year);
  const period = yearPeriod(year);
  const template = templateForReportYear(year);
  const scope = { agency, includeSubtree };
  return {
    agency: { id: agency.id, code: agency.code, name: agency.name },
    year,
    includeSubtree,
    template,
    tableThree: await queryTableThree(em, scope, period, template),
    tableFour: await queryTableFour(em, scope, period),
    feesCollectedFen: await countFeesCollected(em, scope, period),
  };
}
