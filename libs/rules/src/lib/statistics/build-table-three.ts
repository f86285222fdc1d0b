import type { ApplicationFacts } from './application-facts.js';
import { assembleTableThree } from './assemble-table-three.js';
import { countApplications } from './count-applications.js';
import { templateForReportYear, type ReportTemplate } from './report-template.js';
import type { StatisticsPeriod } from './statistics-period.js';
import type { TableThree } from './table-three.js';

/**
 * Table 三 for any period from per-application facts. The template defaults to the one of the
 * year the period ends in (a quarter of 2020 uses the 2019 template).
 */
export function buildTableThree(
  facts: Iterable<ApplicationFacts>,
  period: StatisticsPeriod,
  template: ReportTemplate = templateForReportYear(Number(period.to.slice(0, 4))),
): TableThree {
  return assembleTableThree(template, countApplications(facts, period));
}
