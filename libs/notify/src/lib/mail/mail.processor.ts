import { MikroORM } from '@mikro-orm/postgresql';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { EmailStatus, queryBound } from '@gongkai/data';
import {
  CLOCK,
  CodedJobFailures,
  DataProtection,
  type JobPayloads,
  MailTransport,
  QueueName,
} from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { withSecretFields } from '../notices/secret-fields.js';
import { renderTemplate } from '../templates/templates.js';

/** A recorded e-mail still to send, as the batch's locking `select` returns it. */
interface PendingRow {
  id: string;
  recipient: string;
  template: string;
  data: Record<string, unknown>;
}

/** What became of one message of the batch; written back by one `update`. */
interface Outcome {
  id: string;
  status: EmailStatus;
  subject: string | null;
  providerMessageId: string | null;
  sentAt: Date | null;
  lastError: string | null;
  /** A failure that a later attempt may get past (the message stays PENDING). */
  retry: boolean;
}

export interface MailBatchResult {
  sent: number;
  failed: number;
  /** Rows already SENT or FAILED, unknown, or locked by another worker: left alone. */
  skipped: number;
}

/**
 * Sends a batch of recorded e-mails in one transaction: one statement locks the batch's rows
 * that are still PENDING (`for update skip locked`: a row another worker holds is its to send,
 * so two workers never send the same message at the same moment), each is rendered and handed
 * to SMTP, and one statement marks them SENT, FAILED or (still) PENDING. Idempotent: a SENT
 * message is never selected again, so a retried or doubled job never sends twice after a
 * success. A message becomes FAILED only when it can never be sent (its template data is bad, or
 * SMTP refused it with a 5xx), and only that message; on any other failure it stays PENDING, the
 * job is retried for the batch's PENDING rows only, and after the round the relay's sweep starts
 * another (see `OutboxRelay.sweepPendingMail`).
 */
@Processor(QueueName.MAIL, { concurrency: 2 })
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: MailTransport,
    private readonly protection: DataProtection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  @CodedJobFailures()
  async process(job: Job<JobPayloads['mail.send']>): Promise<MailBatchResult> {
    const ids = batchIds(job.data);
    if (ids.length === 0) return { sent: 0, failed: 0, skipped: 0 };
    const outcomes = await this.orm.em.fork().transactional(async (tx) => {
      const rows = await queryBound<PendingRow>(
        tx,
        `select "id", "recipient", "template", "data" from "email_message"
         where "id" = any($1::uuid[]) and "status" = 'PENDING'
         for update skip locked`,
        [ids],
      );
      if (rows.length === 0) return [];
      const done = await this.deliverAll(rows);
      await queryBound(
        tx,
        `update "email_message" as m set "status" = v.status, "attempts" = m."attempts" + 1,
           "subject" = coalesce(v.subject, m."subject"),
           "provider_message_id" = coalesce(v."providerMessageId", m."provider_message_id"),
           "sent_at" = coalesce(v."sentAt", m."sent_at"),
           "last_error" = coalesce(v."lastError", m."last_error")
         from json_to_recordset($1::json) as v(id uuid, status text, subject text,
           "providerMessageId" text, "sentAt" timestamptz, "lastError" text)
         where m."id" = v.id`,
        [JSON.stringify(done)],
      );
      return done;
    });
    const sent = outcomes.filter((o) => o.status === EmailStatus.SENT).length;
    const failed = outcomes.filter((o) => o.status === EmailStatus.FAILED);
    const retry = outcomes.filter((o) => o.retry);
    if (outcomes.length > 0) {
      this.logger.log({
        msg: 'e-mail batch done',
        jobId: job.id,
        sent,
        failed: failed.map((o) => o.id),
        pending: retry.map((o) => o.id),
      });
    }
    // Error codes only: an SMTP reply's free text can quote the recipient's address.
    if (retry.length > 0) throw new Error(`MAIL.SEND_PENDING ${retry[0]!.lastError}`);
    if (failed.length > 0) throw new UnrecoverableError(`MAIL.FAILED ${failed[0]!.lastError}`);
    return { sent, failed: 0, skipped: ids.length - outcomes.length };
  }

  /** Renders and sends each row, as many at a time as the transport has connections. */
  private async deliverAll(rows: readonly PendingRow[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array<Outcome>(rows.length);
    let next = 0;
    const lane = async () => {
      while (next < rows.length) {
        const index = next++;
        outcomes[index] = await this.deliver(rows[index]!);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(this.transport.parallelism, rows.length) }, lane),
    );
    return outcomes;
  }

  private async deliver(row: PendingRow): Promise<Outcome> {
    const outcome = (status: EmailStatus, lastError: string | null, retry = false): Outcome => ({
      id: row.id,
      status,
      subject: null,
      providerMessageId: null,
      sentAt: null,
      lastError,
      retry,
    });
    let rendered;
    try {
      rendered = renderTemplate(
        row.template,
        withSecretFields(row.template, row.data, this.protection),
      );
    } catch (error) {
      // Bad template data will not get better on a retry: fail the message now, visibly.
      return outcome(
        EmailStatus.FAILED,
        error instanceof DomainError ? error.code : 'RENDER_FAILED',
      );
    }
    try {
      const { messageId } = await this.transport.send({
        to: row.recipient,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        reference: row.id,
      });
      return {
        ...outcome(EmailStatus.SENT, null),
        subject: rendered.subject,
        providerMessageId: messageId,
        sentAt: this.clock.now(),
      };
    } catch (error) {
      // The server refused this recipient or this message for good: no retry will help. Anything
      // else (connection refused, timeouts, 4xx, authentication) passes: the message stays PENDING.
      return isPermanentSmtpFailure(error)
        ? outcome(EmailStatus.FAILED, describeSmtpFailure(error))
        : outcome(EmailStatus.PENDING, describeSmtpFailure(error), true);
    }
  }
}

/** The batch's ids; a job enqueued before batches (`{ emailMessageId }`) is a batch of one. */
function batchIds(data: JobPayloads['mail.send']): string[] {
  const legacy = (data as { emailMessageId?: unknown }).emailMessageId;
  return data.emailMessageIds ?? (typeof legacy === 'string' ? [legacy] : []);
}

/**
 * A 5xx reply to the recipients (`EENVELOPE`, e.g. 550 mailbox unavailable) or to the message
 * itself (`EMESSAGE`, e.g. 554 rejected): the same message will be refused again. A 5xx during
 * the greeting or authentication is the server's or our configuration's problem, and passes.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return (
    (code === 'EENVELOPE' || code === 'EMESSAGE') &&
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    responseCode < 600
  );
}

/**
 * What went wrong, without the server's free text (it can quote the recipient's address):
 * nodemailer's error code and the SMTP reply code, e.g. `EENVELOPE 550`.
 */
function describeSmtpFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'UNKNOWN';
  const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
  return [typeof code === 'string' ? code : error.constructor.name, responseCode]
    .filter((part) => part !== undefined)
    .join(' ')
    .slice(0, 500);
}
