import type { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { queryBound } from '@gongkai/data';
import {
  deterministicUuid,
  jobId,
  type JobPayloads,
  type JobToAdd,
  MAIL_BATCH_SIZE,
} from '@gongkai/platform';

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
  await queryBound(
    em,
    `insert into "email_message" ("id", "recipient", "template", "data", "status", "attempts", "created_at")
     select r.id, r.recipient, r.template, r.data, 'PENDING', 0, $2::timestamptz
     from json_to_recordset($1::json) as r(id uuid, recipient text, template text, data jsonb)
     on conflict ("id") do nothing`,
    [JSON.stringify(records), now],
  );
}

/**
 * Enqueues the recorded e-mails in mail jobs of up to `MAIL_BATCH_SIZE`. A job's id is derived
 * from the ids it carries, so enqueueing the same batch again (a retried producer, a sweep that
 * finds the same rows) is a no-op, and a different set of rows always gets a job of its own.
 */
export async function enqueueEmails(
  queue: Queue<JobPayloads['mail.send']>,
  emailMessageIds: readonly string[],
): Promise<void> {
  if (emailMessageIds.length === 0) return;
  await queue.addBulk(mailJobs(emailMessageIds));
}

/** The mail jobs for the ids, in batches of up to `MAIL_BATCH_SIZE` in the order given. */
export function mailJobs(emailMessageIds: readonly string[]): JobToAdd<'mail.send'>[] {
  const jobs: JobToAdd<'mail.send'>[] = [];
  for (let start = 0; start < emailMessageIds.length; start += MAIL_BATCH_SIZE) {
    const batch = emailMessageIds.slice(start, start + MAIL_BATCH_SIZE);
    jobs.push({
      name: 'mail.send',
      data: { emailMessageIds: batch },
      // The same ids in the same order: the same job.
      opts: { jobId: jobId('mail.send', deterministicUuid(`mail:${batch.join(',')}`)) },
    });
  }
  return jobs;
}
