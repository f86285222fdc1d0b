import { CreateRequestContext } from '@mikro-orm/decorators/legacy';
import { EntityManager, LockMode, MikroORM } from '@mikro-orm/postgresql';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { EmailMessage, EmailStatus } from '@gongkai/data';
import {
  CLOCK,
  DataProtection,
  type JobPayloads,
  MailTransport,
  QueueName,
} from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { withSecretFields } from '../notices/secret-fields.js';
import type { RenderedMail } from '../templates/layout.js';
import { renderTemplate } from '../templates/templates.js';

/**
 * Sends one recorded e-mail. Idempotent: a message already SENT is skipped, so a retried or
 * doubled job never sends twice after a success. The row lock keeps two workers from sending the
 * same message at the same moment. A message becomes FAILED only when it can never be sent (its
 * template data is bad, or SMTP refused it with a 5xx); on any other failure it stays PENDING
 * until it is sent, however long SMTP is away (see `OutboxRelay.sweepPendingMail`).
 */
@Processor(QueueName.MAIL, { concurrency: 4 })
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    // Read by @CreateRequestContext to fork a fresh EntityManager per job.
    readonly orm: MikroORM,
    private readonly em: EntityManager,
    private readonly transport: MailTransport,
    private readonly protection: DataProtection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  @CreateRequestContext()
  async process(job: Job<JobPayloads['mail.send']>): Promise<{ messageId: string | null }> {
    let failure: unknown = null;
    const result = await this.em.transactional(async (em) => {
      const message = await em.findOne(EmailMessage, job.data.emailMessageId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!message) {
        this.logger.warn({ msg: 'e-mail record not found; nothing to send', jobId: job.id });
        return { messageId: null };
      }
      if (message.status === EmailStatus.SENT)
        return { messageId: message.providerMessageId ?? null };
      message.attempts += 1;
      let rendered: RenderedMail;
      try {
        rendered = renderTemplate(
          message.template,
          withSecretFields(message.template, message.data, this.protection),
        );
      } catch (error) {
        // Bad template data will not get better on a retry: fail the message now, visibly.
        message.status = EmailStatus.FAILED;
        message.lastError = error instanceof DomainError ? error.code : 'RENDER_FAILED';
        failure = new UnrecoverableError(message.lastError);
        return { messageId: null };
      }
      try {
        const { messageId } = await this.transport.send({
          to: message.recipient,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          reference: message.id,
        });
        message.status = EmailStatus.SENT;
        message.subject = rendered.subject;
        message.providerMessageId = messageId;
        message.sentAt = this.clock.now();
        this.logger.log({
          msg: 'e-mail sent',
          emailMessageId: message.id,
          template: message.template,
        });
        return { messageId };
      } catch (error) {
        // Commit the failure record, then let BullMQ retry with backoff.
        message.lastError = describeSmtpFailure(error);
        if (isPermanentSmtpFailure(error)) {
          // The server refused this recipient or this message for good: no retry will help.
          message.status = EmailStatus.FAILED;
          failure = new UnrecoverableError(message.lastError);
        } else {
          // Anything else (connection refused, timeouts, 4xx, authentication) passes. The message
          // stays PENDING even after the round's last attempt: the relay's sweep starts another.
          failure = error;
        }
        return { messageId: null };
      }
    });
    if (failure) throw failure;
    return result;
  }
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
