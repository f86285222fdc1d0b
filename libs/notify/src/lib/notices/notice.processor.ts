import { CreateRequestContext } from '@mikro-orm/decorators/legacy';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { type Job, type Queue, UnrecoverableError } from 'bullmq';
import {
  ApplicationEvent,
  ApplicationEventType,
  EventActorKind,
  OutboxMessage,
} from '@gongkai/data';
import {
  APP_CONFIG,
  type AppConfig,
  CLOCK,
  CodedJobFailures,
  deterministicUuid,
  type JobPayloads,
  QueueName,
} from '@gongkai/platform';
import type { Clock, WorkingDayCalendar } from '@gongkai/rules';
import { NOTIFY_CALENDAR } from '../support/calendar.provider.js';
import { type EmailRecord, enqueueEmails, recordEmails } from '../support/email-records.js';
import { composerFor } from './notice-composers.js';
import type { NoticeDraft } from './notice-draft.js';

/**
 * Turns one relayed outbox row into its e-mail records, in one transaction that also stamps the
 * row's `delivered_at`, then enqueues their mail jobs (a crash before that leaves PENDING records,
 * which the relay's sweep enqueues). Idempotent: the records' ids derive from the outbox row, and
 * a "not sent: no e-mail address" timeline entry is written once per outbox row.
 */
@Processor(QueueName.NOTICES, { concurrency: 4 })
export class NoticeProcessor extends WorkerHost {
  private readonly logger = new Logger(NoticeProcessor.name);

  constructor(
    // Read by @CreateRequestContext to fork a fresh EntityManager per job.
    readonly orm: MikroORM,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @InjectQueue(QueueName.MAIL) private readonly mailQueue: Queue<JobPayloads['mail.send']>,
  ) {
    super();
  }

  @CodedJobFailures()
  @CreateRequestContext()
  async process(job: Job<JobPayloads['outbox.deliver']>): Promise<{ emails: number }> {
    const outbox = await this.em.findOne(OutboxMessage, job.data.outboxMessageId);
    if (!outbox) {
      this.logger.warn({ msg: 'outbox message not found; nothing to deliver', jobId: job.id });
      return { emails: 0 };
    }
    const compose = composerFor(outbox.topic);
    // A topic nobody composes is a programming error: fail it visibly, without retries.
    if (!compose) throw new UnrecoverableError(`NOTICE.UNKNOWN_TOPIC ${outbox.topic}`);
    const drafts = await compose(
      {
        em: this.em,
        portalUrl: this.config.portalUrl,
        calendar: this.calendar,
        now: this.clock.now(),
      },
      outbox.payload as never,
    );
    const records: EmailRecord[] = [];
    await this.em.transactional(async (tx) => {
      for (const [index, draft] of drafts.entries()) {
        if (draft.recipient) {
          records.push({
            id: deterministicUuid(`outbox:${outbox.id}:${index}`),
            recipient: draft.recipient,
            template: draft.template,
            data: draft.data as Record<string, unknown>,
          });
        } else {
          await this.noteNotSent(tx, outbox, draft);
        }
      }
      await recordEmails(tx, records, this.clock.now());
      await tx.execute(
        `update "outbox_message" set "delivered_at" = ? where "id" = ? and "delivered_at" is null`,
        [this.clock.now(), outbox.id],
      );
    });
    await enqueueEmails(
      this.mailQueue,
      records.map((r) => r.id),
    );
    return { emails: records.length };
  }

  /** The timeline says that a notice was not e-mailed, and which one; once per outbox row. */
  private async noteNotSent(
    em: EntityManager,
    outbox: OutboxMessage,
    draft: NoticeDraft,
  ): Promise<void> {
    if (!draft.application) return;
    const existing = await em.execute<{ n: string }[]>(
      `select count(*) as n from "application_event" where "application_id" = ? and "type" = ?
       and "data"->>'outboxMessageId' = ?`,
      [draft.application.id, ApplicationEventType.NOTICE_NOT_SENT_NO_EMAIL, outbox.id],
    );
    if (Number(existing[0]?.n ?? 0) > 0) return;
    em.persist(
      new ApplicationEvent({
        application: draft.application,
        type: ApplicationEventType.NOTICE_NOT_SENT_NO_EMAIL,
        actor: { kind: EventActorKind.SYSTEM },
        occurredAt: this.clock.now(),
        data: { template: draft.template, topic: outbox.topic, outboxMessageId: outbox.id },
      }),
    );
  }
}
