import type { ApplicantInput, SubmitApplicationInput } from '../../graphql/generated/graphql.js';

/** What the form holds: the mutation's input without the idempotency key. */
export type FilingValues = Omit<SubmitApplicationInput, 'idempotencyKey'>;

const PERSON_FIELDS = ['name', 'idType', 'idNumber'] as const;
const ORGANISATION_FIELDS = [
  'organisationName',
  'creditCode',
  'legalRepresentative',
  'contactPerson',
  'idType',
  'idNumber',
] as const;
const CONTACT_FIELDS = ['phone', 'email', 'postalAddress'] as const;

const clean = (value: unknown) => {
  if (typeof value !== 'string') return value ?? null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/**
 * The input to send: only the fields of the chosen applicant kind (a form keeps values of
 * fields it no longer shows), trimmed, empty ones as null.
 */
export function filingInput(values: FilingValues, organisation: boolean): FilingValues {
  const fields = [...(organisation ? ORGANISATION_FIELDS : PERSON_FIELDS), ...CONTACT_FIELDS];
  const applicant = { kind: values.applicant.kind } as ApplicantInput;
  for (const field of fields) {
    (applicant as unknown as Record<string, unknown>)[field] = clean(values.applicant[field]);
  }
  return {
    agencyCode: values.agencyCode.trim(),
    applicant,
    request: {
      description: values.request.description.trim(),
      documentNumbers: clean(values.request.documentNumbers) as string | null,
      issuingBody: clean(values.request.issuingBody) as string | null,
      requestedForm: values.request.requestedForm,
      obtainingMethod: values.request.obtainingMethod,
    },
  };
}

/** A key the server uses to answer a repeated submit with the same result (16–100 chars). */
export function newIdempotencyKey(): string {
  // getRandomValues works on plain http too (randomUUID needs a secure context).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `portal-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
