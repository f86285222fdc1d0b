import type { ApplicantKind } from '../outcomes/applicant-kind.js';
import type { Outcome } from '../outcomes/outcome.js';

/** What a count measures: a flow row, or concluded applications of one outcome. */
export type TableThreeMeasure = 'RECEIVED' | 'CARRIED_IN' | 'CARRIED_OUT' | Outcome;

/**
 * One aggregated count, e.g. a row of
 * `SELECT 'RECEIVED', applicant_kind, count(*) … GROUP BY applicant_kind`. Both the SQL path
 * and the in-memory path produce these and share `assembleTableThree`.
 */
export interface TableThreeCount {
  readonly measure: TableThreeMeasure;
  readonly applicantKind: ApplicantKind;
  readonly count: number;
}
