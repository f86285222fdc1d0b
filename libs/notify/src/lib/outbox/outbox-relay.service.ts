import { MikroORM } from '@mikro-orm/postgresql';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type Job, Queue } from 'bullmq';
import { OUTBOX_CHANNEL, type OutboxTopic } from '@gongkai/data';
import {
  APP_CONFIG,
  type AppConfig,
  CLOCK,
  JOB_QUEUE,
  type JobName,
  jobId,
  type JobToAdd,
  type JobPayloads,
  QueueName,
  queueJobOptions,
} from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';
import { mailJobs } from '../support/email-records.js';
import { OutboxListener } from './outbox-listener.js';

/** Rows claimed per transaction. */
export const OUTBOX_BATCH_SIZE = 100;
/** Rows one sweep looks at; the next sweep carries on after the last one. */
const SWEEP_BATCH = 1_000;
/** The longest wait between two attempts while PostgreSQL or Redis is unreachable. */
const MAX_FAILURE_BACKOFF_MS = 5_000;

/**
 * Outbox topics handled by a job of their own (in the feature that owns the work, e.g. identity's
 * reset links); every other topic is a notice, an `outbox.deliver` job.
 */
const OUTBOX_TOPIC_JOBS = {
  'account.password-reset-requested': 'accounts.issue-password-reset',
} as const satisfies Partial<Record<OutboxTopic, JobName>>;
type OutboxJobName = 'outbox.deliver' | (typeof OUTBOX_TOPIC_JOBS)[keyof typeof OUTBOX_TOPIC_JOBS];
type OutboxQueueName = typeof QueueName.NOTICES | typeof QueueName.ACCOUNTS;

/** An outbox row as the relay sees it. */
interface OutboxRow {
  readonly id: string;
  readonly topic: string;
}

/** The job of each outbox row, under its deterministic job id. */
function outboxJobs(rows: readonly OutboxRow[]): JobToAdd<OutboxJobName>[] {
  return rows.map(({ id, topic }) => {
    const name: OutboxJobName = Object.hasOwn(OUTBOX_TOPIC_JOBS, topic)
      ? OUTBOX_TOPIC_JOBS[topic as keyof typeof OUTBOX_TOPIC_JOBS]
      : 'outbox.deliver';
    return { name, data: { outboxMessageId: id }, opts: { jobId: jobId(name, id) } };
  });
}

/** The jobs grouped by the queue that runs them. */
function byQueue(
  jobs: readonly JobToAdd<OutboxJobName>[],
): [OutboxQueueName, JobToAdd<OutboxJobName>[]][] {
  const groups = new Map<OutboxQueueName, JobToAdd<OutboxJobName>[]>();
  for (const job of jobs) {
    const queue = JOB_QUEUE[job.name] as OutboxQueueName;
    const group = groups.get(queue);
    if (group) group.push(job);
    else groups.set(queue, [job]);
  }
  return [...groups];
}

/** What one sweep did. */
export interface SweepResult {
  /** Rows looked at. */
  readonly checked: number;
  /** Rows with no job at all (a worker died before enqueueing, or Redis lost it): added. */
  readonly enqueued: number;
  /** Rows whose job had finished (failed: its retries ran out, or it stalled twice): retried. */
  readonly restarted: number;
}

/** Where a sweep carries on: the sort key of the last row the previous one looked at. */
type SweepCursor = { at: string; id: string } | null;

/**
 * The outbox relay (one per worker process). Each pass claims the oldest unrelayed rows with
 * `FOR UPDATE SKIP LOCKED` (so N workers share the work without waiting on each other), adds one
 * job per row under a deterministic job id (`outbox.deliver` for a notice, the topic's own job
 * for an account topic: `OUTBOX_TOPIC_JOBS`), and stamps `relayed_at` in the same
 * transaction. While Redis is unreachable the add fails, the transaction rolls back and the rows
 * wait; a crash after the add but before the commit relays the rows again, which the job ids
 * turn into no-ops.
 *
 * A pass runs when PostgreSQL announces a committed outbox insert (LISTEN on `OUTBOX_CHANNEL`,
 * see `OutboxListener`), and in any case every `OUTBOX_POLL_MS` (the safety net: a lost
 * connection or notification only delays a row until the next poll).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  /** Where outbox rows go: notices, and the account work of identity (see `OUTBOX_TOPIC_JOBS`). */
  private outboxQueues!: Record<OutboxQueueName, Queue<JobPayloads[OutboxJobName]>>;
  private mailQueue!: Queue<JobPayloads['mail.send']>;
  private listener: OutboxListener | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;
  /** Set by a notification that arrives while a pass runs, so the loop does not sleep past it. */
  private notified = false;
  private lastSweep = 0;
  private mailCursor: SweepCursor = null;
  private noticeCursor: SweepCursor = null;

  constructor(
    private readonly orm: MikroORM,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Producer-style connection: a command fails fast while Redis is down instead of holding the
    // transaction (and its row locks) open until Redis returns.
    const connection = {
      url: this.config.redisUrl,
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(times * 200, 5_000),
    };
    const prefix = this.config.queuePrefix;
    const queue = (name: QueueName) =>
      new Queue(name, {
        connection,
        prefix,
        defaultJobOptions: queueJobOptions(name, this.config),
      });
    this.outboxQueues = {
      [QueueName.NOTICES]: queue(QueueName.NOTICES),
      [QueueName.ACCOUNTS]: queue(QueueName.ACCOUNTS),
    };
    this.mailQueue = queue(QueueName.MAIL);
    for (const q of this.queues()) q.on('error', () => undefined);
    this.listener = new OutboxListener(
      this.config.databaseUrl,
      OUTBOX_CHANNEL,
      () => this.notify(),
      this.logger,
    );
    // Listening before the first pass: an insert committed in between is then seen by the pass.
    await this.listener.start();
    this.running = this.loop();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    await Promise.all([this.listener?.stop(), ...this.queues().map((queue) => queue.close())]);
  }

  private queues(): Queue[] {
    return this.mailQueue ? [...Object.values(this.outboxQueues), this.mailQueue] : [];
  }

  /** Runs a pass now (or right after the one running). */
  private notify(): void {
    this.notified = true;
    this.wake?.();
  }

  /** Relays one batch; returns how many rows it relayed. */
  async relayBatch(): Promise<number> {
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const rows = await tx.execute<OutboxRow[]>(
        `select "id", "topic" from "outbox_message" where "relayed_at" is null
         order by "created_at" limit ? for update skip locked`,
        [OUTBOX_BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      await this.enqueueOutboxJobs(rows);
      await tx.execute(
        `update "outbox_message" set "relayed_at" = ?, "attempts" = "attempts" + 1
         where "id" in (${ids.map(() => '?').join(', ')})`,
        [this.clock.now(), ...ids],
      );
      return ids.length;
    });
  }

  /** One job per outbox row, under its deterministic job id, on the queue of its topic. */
  private async enqueueOutboxJobs(rows: readonly OutboxRow[]): Promise<void> {
    await Promise.all(
      byQueue(outboxJobs(rows)).map(([queue, jobs]) => this.outboxQueues[queue].addBulk(jobs)),
    );
  }

  /**
   * Makes sure every e-mail still PENDING a while after it was recorded has a live job, so that
   * it is sent eventually, whatever happened to its job (see `ensureLiveJobs`). Messages that
   * can never be sent are FAILED, not PENDING, so they are left alone.
   */
  async sweepPendingMail(): Promise<SweepResult> {
    const { rows, next } = await this.sweepRows(
      `select "id", "created_at"::text as "at" from "email_message" where "status" = 'PENDING'
       and "created_at" < ?::timestamptz - make_interval(secs => ?)`,
      `"created_at", "id"`,
      this.mailCursor,
    );
    this.mailCursor = next;
    // The rows in batches whose job ids follow from their ids: the same rows still PENDING at
    // the next sweep find the job this sweep added (a round that ran out: failed, retried).
    return this.ensureLiveJobs(
      this.mailQueue,
      mailJobs(rows.map((row) => row.id)),
      (jobs) => this.mailQueue.addBulk(jobs),
      (job) => job.data.emailMessageIds.length,
    );
  }

  /**
   * The same for outbox rows relayed a while ago that their job never handled (`delivered_at`
   * null): Redis lost the job, or its retries ran out while PostgreSQL was away. A job that
   * failed on purpose (an unknown topic: `NOTICE.` codes) is left failed.
   */
  async sweepUndeliveredNotices(): Promise<SweepResult> {
    const { rows, next } = await this.sweepRows<OutboxRow>(
      `select "id", "topic", "relayed_at"::text as "at" from "outbox_message"
       where "relayed_at" is not null and "delivered_at" is null
       and "relayed_at" < ?::timestamptz - make_interval(secs => ?)`,
      `"relayed_at", "id"`,
      this.noticeCursor,
    );
    this.noticeCursor = next;
    const results = await Promise.all(
      byQueue(outboxJobs(rows)).map(([name, jobs]) =>
        this.ensureLiveJobs(
          this.outboxQueues[name],
          jobs,
          (missing) => this.outboxQueues[name].addBulk(missing),
          () => 1,
          (job) => job.failedReason?.startsWith('NOTICE.') ?? false,
        ),
      ),
    );
    return results.reduce(
      (sum, result) => ({
        checked: sum.checked + result.checked,
        enqueued: sum.enqueued + result.enqueued,
        restarted: sum.restarted + result.restarted,
      }),
      { checked: 0, enqueued: 0, restarted: 0 },
    );
  }

  /**
   * Up to 1 000 rows of `select` (which must take the clock's now and the grace in seconds) in
   * `key` order after `cursor`; `next` is where the following sweep carries on (null: start over).
   * The sort key travels as text: a Date would drop the microseconds and repeat rows.
   */
  private async sweepRows<R extends { id: string }>(
    select: string,
    key: string,
    cursor: SweepCursor,
  ): Promise<{ rows: R[]; next: SweepCursor }> {
    const rows = await this.orm.em.fork().execute<(R & { at: string })[]>(
      `${select} ${cursor ? `and (${key}) > (?::timestamptz, ?::uuid)` : ''}
       order by ${key} limit ?`,
      [
        this.clock.now(),
        this.config.mailSweepSeconds,
        ...(cursor ? [cursor.at, cursor.id] : []),
        SWEEP_BATCH,
      ],
    );
    const last = rows.at(-1);
    return {
      rows,
      next: rows.length === SWEEP_BATCH && last ? { at: last.at, id: last.id } : null,
    };
  }

  /**
   * Gives each job (under its deterministic id) that should be carrying these rows a chance to
   * run again:
   * - no job (a worker died between recording and enqueueing; Redis lost its data): add it;
   * - failed (a round of retries ran out on a transient failure such as SMTP or PostgreSQL being
   *   away, or BullMQ failed it after it stalled twice), unless `failedOnPurpose`: retry it with
   *   its attempts reset, under the same id (adding again would be a no-op while it exists);
   * - completed (only after Redis was restored from an older snapshot): retry it too;
   * - waiting, delayed or running: leave it.
   * A retried job re-checks its rows (under a lock, or by its deterministic record ids), so
   * nothing is sent twice; two workers sweeping at once are harmless (BullMQ moves a finished
   * job back only once). Counts are of rows (`rowsOf` a job).
   */
  private async ensureLiveJobs<J extends 'mail.send' | OutboxJobName>(
    queue: Queue<JobPayloads[J]>,
    wanted: readonly JobToAdd<J>[],
    add: (jobs: JobToAdd<J>[]) => Promise<unknown>,
    rowsOf: (job: JobToAdd<J>) => number,
    failedOnPurpose: (job: Job<JobPayloads[J]>) => boolean = () => false,
  ): Promise<SweepResult> {
    const missing: JobToAdd<J>[] = [];
    let restarted = 0;
    for (let start = 0; start < wanted.length; start += 100) {
      await Promise.all(
        wanted.slice(start, start + 100).map(async (want) => {
          const job: Job<JobPayloads[J]> | undefined = await queue.getJob(want.opts.jobId);
          if (!job) {
            missing.push(want);
            return;
          }
          const state = await job.getState();
          if (state === 'failed' && failedOnPurpose(job)) return;
          if (state !== 'failed' && state !== 'completed') return;
          try {
            await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
            restarted += rowsOf(want);
          } catch {
            // Another worker's sweep retried it first, or it changed state meanwhile.
          }
        }),
      );
    }
    if (missing.length > 0) await add(missing);
    const enqueued = missing.reduce((sum, job) => sum + rowsOf(job), 0);
    if (enqueued > 0 || restarted > 0) {
      this.logger.log({
        msg: 'jobs handed to their queue again by the sweep',
        queue: queue.name,
        enqueued,
        restarted,
      });
    }
    return {
      checked: wanted.reduce((sum, job) => sum + rowsOf(job), 0),
      enqueued,
      restarted,
    };
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.notified = false;
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
        if (Date.now() - this.lastSweep > this.config.mailSweepSeconds * 1_000) {
          this.lastSweep = Date.now();
          await this.sweepUndeliveredNotices();
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
      if (failures > 0) {
        // A notification does not help while a store is away: back off regardless.
        await this.sleep(Math.min(250 * 2 ** failures, MAX_FAILURE_BACKOFF_MS), false);
        continue;
      }
      if (relayed === OUTBOX_BATCH_SIZE || this.notified) continue;
      // The sweep's own interval is checked on each pass; never sleep past it.
      await this.sleep(Math.min(this.config.outboxPollMs, this.config.mailSweepSeconds * 1_000));
    }
  }

  private sleep(ms: number, wakeable = true): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      // While backing off after a failure only shutting down cuts the wait short.
      this.wake = wakeable ? done : () => (this.stopping ? done() : undefined);
    });
  }
}
