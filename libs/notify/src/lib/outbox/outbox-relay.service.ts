import { MikroORM } from '@mikro-orm/postgresql';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  APP_CONFIG,
  type AppConfig,
  CLOCK,
  jobId,
  type JobPayloads,
  QUEUE_DEFAULT_JOB_OPTIONS,
  QueueName,
} from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';

/** Rows claimed per transaction. */
export const OUTBOX_BATCH_SIZE = 100;
/** How often an idle relay looks for new rows. */
const POLL_MS = 500;
/** How often the relay re-enqueues mail recorded but never handed to its queue (a crash). */
const PENDING_MAIL_SWEEP_MS = 30_000;
/** A PENDING e-mail younger than this is assumed to be on its way to the queue already. */
const PENDING_MAIL_GRACE_SECONDS = 30;

/**
 * The outbox relay (one per worker process). Each pass claims the oldest unrelayed rows with
 * `FOR UPDATE SKIP LOCKED` (so N workers share the work without waiting on each other), adds one
 * `outbox.deliver` job per row under a deterministic job id, and stamps `relayed_at` in the same
 * transaction. While Redis is unreachable the add fails, the transaction rolls back and the rows
 * wait; a crash after the add but before the commit relays the rows again, which the job ids
 * turn into no-ops.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private noticeQueue!: Queue<JobPayloads['outbox.deliver']>;
  private mailQueue!: Queue<JobPayloads['mail.send']>;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;
  private lastSweep = 0;

  constructor(
    private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    // Producer-style connection: a command fails fast while Redis is down instead of holding the
    // transaction (and its row locks) open until Redis returns.
    const connection = {
      url: this.config.redisUrl,
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(times * 200, 5_000),
    };
    const prefix = this.config.queuePrefix;
    this.noticeQueue = new Queue(QueueName.NOTICES, {
      connection,
      prefix,
      defaultJobOptions: QUEUE_DEFAULT_JOB_OPTIONS[QueueName.NOTICES],
    });
    this.mailQueue = new Queue(QueueName.MAIL, {
      connection,
      prefix,
      defaultJobOptions: QUEUE_DEFAULT_JOB_OPTIONS[QueueName.MAIL],
    });
    for (const queue of [this.noticeQueue, this.mailQueue]) queue.on('error', () => undefined);
    this.running = this.loop();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    await Promise.all([this.noticeQueue?.close(), this.mailQueue?.close()]);
  }

  /** Relays one batch; returns how many rows it relayed. */
  async relayBatch(): Promise<number> {
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string }[]>(
        `select "id" from "outbox_message" where "relayed_at" is null
         order by "created_at" limit ? for update skip locked`,
        [OUTBOX_BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      await this.noticeQueue.addBulk(
        ids.map((outboxMessageId) => ({
          name: 'outbox.deliver',
          data: { outboxMessageId },
          opts: { jobId: jobId('outbox.deliver', outboxMessageId) },
        })),
      );
      await tx.execute(
        `update "outbox_message" set "relayed_at" = ?, "attempts" = "attempts" + 1
         where "id" in (${ids.map(() => '?').join(', ')})`,
        [this.clock.now(), ...ids],
      );
      return ids.length;
    });
  }

  /**
   * Re-enqueues e-mails recorded more than a grace period ago and still PENDING: a worker that
   * died between recording and enqueueing leaves such rows. A message whose job still exists
   * (waiting, retrying, failed) keeps it: the deterministic job id makes the add a no-op.
   */
  async sweepPendingMail(): Promise<number> {
    const rows = await this.orm.em.fork().execute<{ id: string }[]>(
      `select "id" from "email_message" where "status" = 'PENDING'
       and "created_at" < ?::timestamptz - make_interval(secs => ?)
       order by "created_at" limit 1000`,
      [this.clock.now(), PENDING_MAIL_GRACE_SECONDS],
    );
    if (rows.length === 0) return 0;
    await this.mailQueue.addBulk(
      rows.map(({ id }) => ({
        name: 'mail.send',
        data: { emailMessageId: id },
        opts: { jobId: jobId('mail.send', id) },
      })),
    );
    return rows.length;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
        if (Date.now() - this.lastSweep > PENDING_MAIL_SWEEP_MS) {
          this.lastSweep = Date.now();
          await this.sweepPendingMail();
        }
        if (failures > 0) this.logger.log({ msg: 'outbox relay resumed' });
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1 || failures % 20 === 0) {
          // The class only: driver messages can quote connection strings.
          this.logger.warn({
            msg: 'outbox relay waiting (PostgreSQL or Redis unreachable)',
            error: error instanceof Error ? error.constructor.name : 'unknown',
            failures,
          });
        }
      }
      if (relayed === OUTBOX_BATCH_SIZE) continue;
      await this.sleep(failures > 0 ? Math.min(POLL_MS * 2 ** failures, 5_000) : POLL_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
