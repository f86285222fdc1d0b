import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AdministrativeReview,
  Application,
  Consultation,
  FeeNotice,
  type ProcessingFacts,
  SupplementRequest,
} from '@gongkai/data';
import { jsonProperties, selectProperties } from '../support/plain-columns.js';

const SUPPLEMENT = [
  'id',
  'items',
  'requestedOn',
  'dueOn',
  'receivedOn',
  'response',
  'late',
  'receivedLate',
] as const satisfies readonly (keyof SupplementRequest)[];
const CONSULTATION = [
  'id',
  'kind',
  'partyName',
  'contact',
  'email',
  'sentOn',
  'partyReceivedOn',
  'answerDueOn',
  'answer',
  'objectionReasons',
  'answeredOn',
] as const satisfies readonly (keyof Consultation)[];
const FEE_NOTICE = [
  'id',
  'method',
  'assessedFen',
  'amountFen',
  'breakdown',
  'waiverReason',
  'issuedOn',
  'receivedOn',
  'paymentDueOn',
  'paidOn',
  'late',
  'paidLate',
] as const satisfies readonly (keyof FeeNotice)[];
const REVIEW = [
  'id',
  'kind',
  'filedOn',
  'result',
  'resultOn',
] as const satisfies readonly (keyof AdministrativeReview)[];
const FACTS = [
  'id',
  'status',
  'receivedOn',
  'replyDueOn',
  'supplementNoticeDueOn',
  'extensionStatus',
  'extensionDecidedOn',
  'repliedOn',
  'concludedOn',
] as const satisfies readonly (keyof Application)[];

/**
 * An application's processing records as plain rows, with what its clock and lifecycle read
 * (`statutoryClockOf`, `lifecycleStateOf` of libs/data): the `clock`, `availableActions` and
 * record fields of the GraphQL Application.
 */
export interface ProcessingRecords extends ProcessingFacts {
  readonly id: string;
  readonly supplement: Pick<SupplementRequest, (typeof SUPPLEMENT)[number]> | null;
  readonly consultations: readonly Pick<Consultation, (typeof CONSULTATION)[number]>[];
  readonly fee: Pick<FeeNotice, (typeof FEE_NOTICE)[number]> | null;
  readonly reviews: readonly Pick<AdministrativeReview, (typeof REVIEW)[number]>[];
}

/**
 * The select list of an `application a` row's processing records (`supplement`, `consultations`,
 * `fee`, `reviews`), each record table read by its application-id index, in the order the
 * entities' collections use: consultations by sending date, reviews by filing date; one
 * supplement request and one fee notice at most (unique per application).
 */
export function processingRecordColumns(em: EntityManager): string {
  return `(select ${jsonProperties(em, SupplementRequest, 's', SUPPLEMENT)} from supplement_request s
           where s.application_id = a.id) as supplement,
         coalesce((select json_agg(${jsonProperties(em, Consultation, 'c', CONSULTATION)}
                     order by c.sent_on, c.id)
                   from consultation c where c.application_id = a.id), '[]') as consultations,
         (select ${jsonProperties(em, FeeNotice, 'f', FEE_NOTICE)} from fee_notice f
           where f.application_id = a.id) as fee,
         coalesce((select json_agg(${jsonProperties(em, AdministrativeReview, 'r', REVIEW)}
                     order by r.filed_on, r.id)
                   from administrative_review r where r.application_id = a.id), '[]') as reviews`;
}

/** The processing records of the given applications, in one statement. */
export async function loadProcessingRecords(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ProcessingRecords>> {
  const rows = await em.execute<ProcessingRecords[]>(
    `select ${selectProperties(em, Application, 'a', FACTS)}, ${processingRecordColumns(em)}
     from application a
     where a.id in (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}
