import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '@gongkai/data';
import { reference, selectProperties } from '../support/plain-columns.js';

/** The plain properties ApplicationPresenter reads. */
const SCALARS = [
  'id',
  'trackingNumber',
  'channel',
  'letterKind',
  'arrivedOn',
  'signedForOn',
  'confirmedOn',
  'receivedOn',
  'receiptExplanation',
  'status',
  'applicantKind',
  'applicantName',
  'idType',
  'idNumberCiphertext',
  'organisationName',
  'creditCode',
  'legalRepresentative',
  'contactPerson',
  'phone',
  'email',
  'postalAddress',
  'description',
  'documentNumbers',
  'issuingBody',
  'requestedForm',
  'obtainingMethod',
  'replyDueOn',
  'supplementNoticeDueOn',
  'provisional',
  'outcome',
  'lateFlags',
  'extensionStatus',
  'extensionReason',
  'extensionRequestedOn',
  'extensionDecidedOn',
  'extensionDecisionNote',
  'repliedOn',
  'legalBasis',
  'replyText',
  'replyReasons',
  'accessInstructions',
  'responsibleAgencyName',
  'responsibleAgencyContact',
  'referral',
  'serviceMethod',
  'servedOn',
  'postalTrackingNumber',
  'concludedOn',
  'withdrawnOn',
  'withdrawalNote',
  'deemedWithdrawnReason',
  'closingNote',
  'version',
] as const satisfies readonly (keyof Application)[];

/** Many-to-one properties the presenter reads only the id of. */
const REFERENCES = [
  'agency',
  'assignee',
  'extensionRequestedBy',
  'extensionDecidedBy',
] as const satisfies readonly (keyof Application)[];

/** `timestamptz` columns: MikroORM's `pg` type parsers leave them as text. */
const INSTANTS = ['createdAt', 'updatedAt'] as const satisfies readonly (keyof Application)[];

type Id = { readonly id: string };

const PROPERTIES = [...SCALARS, ...REFERENCES, ...INSTANTS];

/**
 * What ApplicationPresenter reads: an `Application` entity, or an application's row read without
 * one (`applicationColumns`, `applicationRecord`; see support/plain-columns.ts).
 */
export type ApplicationRecord = Pick<
  Application,
  (typeof SCALARS)[number] | (typeof INSTANTS)[number]
> & {
  readonly agency: Id;
  readonly assignee: Id | null;
  readonly extensionRequestedBy: Id | null;
  readonly extensionDecidedBy: Id | null;
};

/**
 * The select list of an `application a` row as `applicationRecord` reads it, each column aliased
 * by its property name.
 */
export function applicationColumns(em: EntityManager): string {
  return selectProperties(em, Application, 'a', PROPERTIES);
}

/** A row selected with `applicationColumns` (and maybe more columns), as a record. */
export function applicationRecord(row: Record<string, unknown>): ApplicationRecord {
  return Object.assign(row, {
    agency: reference(row['agency']),
    assignee: reference(row['assignee']),
    extensionRequestedBy: reference(row['extensionRequestedBy']),
    extensionDecidedBy: reference(row['extensionDecidedBy']),
    createdAt: new Date(row['createdAt'] as string),
    updatedAt: new Date(row['updatedAt'] as string),
  }) as unknown as ApplicationRecord;
}
