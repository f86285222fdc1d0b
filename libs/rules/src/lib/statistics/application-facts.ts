import type { LocalDate } from '../date/local-date.js';
import type { ApplicantKind } from '../outcomes/applicant-kind.js';
import type { Outcome } from '../outcomes/outcome.js';

/**
 * What statistics need to know about one application. `receivedOn` is the legal receipt date
 * (Art. 31); `concludedOn` the day it was concluded (served, closed or withdrawn), counted once in
 * the row of its `outcome`. An application without a legal receipt date is not counted at all.
 */
export interface ApplicationFacts {
  readonly applicantKind: ApplicantKind;
  readonly receivedOn: LocalDate;
  readonly concludedOn?: LocalDate;
  readonly outcome?: Outcome;
}
