import type { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { jobId, type JobPayloads } from '@gongkai/platform';

/** One e-mail to record: its id is derived from what caused it (see `deterministicUuid`). */
export interface EmailRecord {
  readonly id: string;
  readonly recipient: string;
  readonly template: string;
  readonly data: Record<string, unknown>;
}

/**
 * Records e-mails inside the caller's transaction; a record that already exists (a retried job)
 * is left as it is. The mail job sends each record once (it checks the status under a row lock).
 */
export async function recordEmails(
  em: EntityManager,
  records: readonly EmailRecord[],
  now: Date,
): Promise<void> {
  if (records.length === 0) return;
  const values = records.map(() => `(?, ?, ?, ?, 'PENDING', 0, ?)`).join(', ');
  await em.execute(
    `insert into "email_message" ("id", "recipient", "template", "data", "status", "attempts", "created_at")
     values ${values} on conflict ("id") do nothing`,
    records.flatMap((r) => [r.id, r.recipient, r.template, JSON.stringify(r.data), now]),
  );
}

/** Enqueues the mail job of each recorded e-mail under its deterministic job id. */
export async function enqueueEmails(
  queue: Queue<JobPayloads['mail.send']>,
  emailMessageIds: readonly string[],
): Promise<void> {
  if (emailMessageIds.length === 0) return;
  await queue.addBulk(
    emailMessageIds.map((emailMessageId) => ({
      name: 'mail.send',
      data: { emailMessageId },
      opts: { jobId: jobId('mail.send', emailMessageId) },
    })),
  );
}
