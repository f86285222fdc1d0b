/** The six applicant columns of table 三, in template order (GLOSSARY: applicant kind). */
export enum ApplicantKind {
  NATURAL_PERSON = 'NATURAL_PERSON',
  COMMERCIAL_ENTERPRISE = 'COMMERCIAL_ENTERPRISE',
  RESEARCH_INSTITUTION = 'RESEARCH_INSTITUTION',
  SOCIAL_WELFARE_ORGANIZATION = 'SOCIAL_WELFARE_ORGANIZATION',
  LEGAL_SERVICE_ORGANIZATION = 'LEGAL_SERVICE_ORGANIZATION',
  OTHER_ORGANIZATION = 'OTHER_ORGANIZATION',
}

/** Template column order; statistics and forms iterate this, never `Object.values`. */
export const APPLICANT_KINDS: readonly ApplicantKind[] = [
  ApplicantKind.NATURAL_PERSON,
  ApplicantKind.COMMERCIAL_ENTERPRISE,
  ApplicantKind.RESEARCH_INSTITUTION,
  ApplicantKind.SOCIAL_WELFARE_ORGANIZATION,
  ApplicantKind.LEGAL_SERVICE_ORGANIZATION,
  ApplicantKind.OTHER_ORGANIZATION,
];

/** Column labels exactly as printed in table 三. */
export const APPLICANT_KIND_LABELS: Readonly<Record<ApplicantKind, string>> = {
  [ApplicantKind.NATURAL_PERSON]: '自然人',
  [ApplicantKind.COMMERCIAL_ENTERPRISE]: '商业企业',
  [ApplicantKind.RESEARCH_INSTITUTION]: '科研机构',
  [ApplicantKind.SOCIAL_WELFARE_ORGANIZATION]: '社会公益组织',
  [ApplicantKind.LEGAL_SERVICE_ORGANIZATION]: '法律服务机构',
  [ApplicantKind.OTHER_ORGANIZATION]: '其他',
};

/** Everything but a natural person sits under the template's `法人或其他组织` header. */
export function isOrganisation(kind: ApplicantKind): boolean {
  return kind !== ApplicantKind.NATURAL_PERSON;
}

export function isApplicantKind(value: unknown): value is ApplicantKind {
  return typeof value === 'string' && (APPLICANT_KINDS as readonly string[]).includes(value);
}
