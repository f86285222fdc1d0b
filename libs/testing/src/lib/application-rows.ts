import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/** What statistics look at on one application; everything else gets a plain default. */
export interface ApplicationRowInput {
  /** Default `NATURAL_PERSON`. */
  readonly applicantKind?: string;
  /** Default `IN_PERSON`. */
  readonly channel?: string;
  /** The legal receipt date; null = awaiting the Art. 31 confirmation. */
  readonly receivedOn: string | null;
  readonly concludedOn?: string | null;
  readonly outcome?: string | null;
  readonly servedOn?: string | null;
  readonly replyDueOn?: string | null;
  /** Concluded by withdrawal (status WITHDRAWN) rather than closed. */
  readonly withdrawn?: boolean;
  /** An approved extension, decided on this day. */
  readonly extensionApprovedOn?: string | null;
}

/**
 * Inserts applications straight into the test database in one statement (one transaction), for
 * statistics tests that need many cases at given dates. Lifecycle tests go through the use cases.
 */
export async function insertApplicationRows(
  pool: pg.Pool,
  agency: { id: string; code: string },
  rows: readonly ApplicationRowInput[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const ids = rows.map(() => randomUUID());
  const col = <T>(pick: (r: ApplicationRowInput) => T) => rows.map(pick);
  await pool.query(
    `insert into application (
       id, agency_id, tracking_number, channel, arrived_on, received_on, receipt_article,
       receipt_explanation, applicant_kind, applicant_name, description, requested_form,
       obtaining_method, status, provisional, query_code_hash, created_at, updated_at,
       concluded_on, outcome, served_on, replied_on, reply_due_on, withdrawn_on,
       extension_status, extension_decided_on)
     select t.id, $2, $3 || '-' || substr(t.id::text, 1, 13), t.channel,
            coalesce(t.received_on, '2000-01-01'::date), t.received_on, '31(1)', '', t.kind,
            '测试申请人', '测试申请', 'PAPER', 'POST',
            case when t.withdrawn then 'WITHDRAWN' when t.concluded_on is not null then 'CLOSED'
                 when t.received_on is null then 'PENDING_CONFIRMATION' else 'IN_PROGRESS' end,
            false, repeat('0', 64), now(), now(),
            t.concluded_on, t.outcome, t.served_on, t.served_on, t.reply_due_on,
            case when t.withdrawn then t.concluded_on end,
            case when t.extension_on is null then 'NONE' else 'APPROVED' end, t.extension_on
       from unnest($1::uuid[], $4::text[], $5::text[], $6::date[], $7::date[], $8::text[],
                   $9::date[], $10::date[], $11::boolean[], $12::date[])
         as t(id, channel, kind, received_on, concluded_on, outcome, served_on, reply_due_on,
              withdrawn, extension_on)`,
    [
      ids,
      agency.id,
      agency.code,
      col((r) => r.channel ?? 'IN_PERSON'),
      col((r) => r.applicantKind ?? 'NATURAL_PERSON'),
      col((r) => r.receivedOn),
      col((r) => r.concludedOn ?? null),
      col((r) => r.outcome ?? null),
      col((r) => r.servedOn ?? null),
      col((r) => r.replyDueOn ?? null),
      col((r) => r.withdrawn ?? false),
      col((r) => r.extensionApprovedOn ?? null),
    ],
  );
  return ids;
}
