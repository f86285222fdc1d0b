import type { IdentityDocumentType, ObtainingMethod, RequestedForm } from '@gongkai/data';
import type { ApplicantKind } from '@gongkai/rules';

/** The applicant as typed in a filing (online form or officer's registration). */
export interface ApplicantCommand {
  readonly kind: ApplicantKind;
  readonly name?: string | null;
  readonly idType?: IdentityDocumentType | null;
  readonly idNumber?: string | null;
  readonly organisationName?: string | null;
  readonly creditCode?: string | null;
  readonly legalRepresentative?: string | null;
  readonly contactPerson?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly postalAddress?: string | null;
}

/** What is asked for, and in which form and way. */
export interface RequestedInformationCommand {
  readonly description: string;
  readonly documentNumbers?: string | null;
  readonly issuingBody?: string | null;
  readonly requestedForm: RequestedForm;
  readonly obtainingMethod: ObtainingMethod;
}
