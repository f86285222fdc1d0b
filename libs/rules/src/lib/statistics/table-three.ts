import type { ApplicantKind } from '../outcomes/applicant-kind.js';
import type { Outcome } from '../outcomes/outcome.js';
import type { OTHER_PROCESSING_2019 } from '../outcomes/template-2019-rows.js';
import type { ReportTemplate } from './report-template.js';

/**
 * Stable row keys of table 三. Result rows are keyed by their `Outcome`; the 2019 template's
 * single （六） row is `OTHER_PROCESSING`.
 */
export type TableThreeRowKey =
  | 'RECEIVED'
  | 'CARRIED_IN'
  | Outcome
  | typeof OTHER_PROCESSING_2019
  | 'CONCLUDED_TOTAL'
  | 'CARRIED_OUT';

/** The six applicant kinds plus `TOTAL` (总计): the 7 numeric columns. */
export type TableThreeColumnKey = ApplicantKind | 'TOTAL';

export type TableThreeCells = Readonly<Record<TableThreeColumnKey, number>>;

/**
 * Table 三 as plain, serializable data. `rows` holds exactly the rows of the template's layout
 * (`tableThreeLayout(template).rows`); iterate the layout for order and labels.
 */
export interface TableThree {
  readonly template: ReportTemplate;
  readonly rows: Readonly<Partial<Record<TableThreeRowKey, TableThreeCells>>>;
}
