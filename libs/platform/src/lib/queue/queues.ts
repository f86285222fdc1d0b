import type { DefaultJobOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';

/**
 * The one typed registry of queues, job names and payloads (HOUSE-STYLE rule 7). Payloads carry
 * ids only; the handler loads what it needs, so a retried job always sees current data.
 */
export const QueueName = {
  MAIL: 'mail',
  NOTICES: 'notices',
  REMINDERS: 'reminders',
  STATISTICS: 'statistics',
  CLOCKS: 'clocks',
  ACCOUNTS: 'accounts',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export interface JobPayloads {
  /**
   * Render and send a batch of recorded `email_message` rows (up to `MAIL_BATCH_SIZE`); each row
   * still PENDING is sent once (its status is checked under a row lock), so the job is idempotent.
   */
  'mail.send': { emailMessageIds: string[] };
  /**
   * Turn one relayed `outbox_message` into its e-mail records (or a timeline note when the
   * recipient has no address); idempotent on the outbox message id.
   */
  'outbox.deliver': { outboxMessageId: string };
  /**
   * Find everything falling due on a working day and record its reminders and the supervisors'
   * digests. `on` (`YYYY-MM-DD`, Asia/Shanghai) is set for a catch-up run; the scheduled run
   * takes today from the clock.
   */
  'reminders.scan': { on?: string };
  /** Scheduler tick (01:00 Asia/Shanghai, first day of a quarter): fan out the previous quarter. */
  'statistics.publish-due-quarter': Record<string, never>;
  /** Publish version 1 of one agency's quarter; idempotent on (agency, year, quarter). */
  'statistics.publish-quarter': { agencyId: string; year: number; quarter: number };
  /** Scheduler tick (January): fan out the annual-report drafts of the previous year. */
  'statistics.draft-annual-reports': Record<string, never>;
  /** Store (or refresh) one agency's annual-report draft; a final report is left alone. */
  'statistics.draft-annual-report': { agencyId: string; year: number; includeSubtree: boolean };
  /**
   * Move the stored reply due date of every application whose clock a consultation or fee wait
   * pauses to today's projection. `on` (`YYYY-MM-DD`) is set for a catch-up run.
   */
  'clocks.refresh-paused': { on?: string };
  /**
   * Handle one relayed `account.password-reset-requested` outbox row: for an enabled account, a
   * new reset link (and its `mail.password-reset` outbox row); for any address, the address
   * erased from the row. Once per outbox row (the row is locked and stamped `delivered_at`).
   */
  'accounts.issue-password-reset': { outboxMessageId: string };
  /** Scheduler tick (daily, 03:15 Asia/Shanghai): delete the applicant sign-ups that expired. */
  'accounts.purge-expired-signups': Record<string, never>;
}
export type JobName = keyof JobPayloads;

/** A job as producers add it (`addBulk`): its name, payload and deterministic id. */
export interface JobToAdd<J extends JobName> {
  readonly name: J;
  readonly data: JobPayloads[J];
  readonly opts: { readonly jobId: string };
}

export const JOB_QUEUE: { readonly [J in JobName]: QueueName } = {
  'mail.send': QueueName.MAIL,
  'outbox.deliver': QueueName.NOTICES,
  'reminders.scan': QueueName.REMINDERS,
  'statistics.publish-due-quarter': QueueName.STATISTICS,
  'statistics.publish-quarter': QueueName.STATISTICS,
  'statistics.draft-annual-reports': QueueName.STATISTICS,
  'statistics.draft-annual-report': QueueName.STATISTICS,
  'clocks.refresh-paused': QueueName.CLOCKS,
  'accounts.issue-password-reset': QueueName.ACCOUNTS,
  'accounts.purge-expired-signups': QueueName.ACCOUNTS,
};

const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 10_000 };

/**
 * Retries and retention per queue; failed jobs are kept for inspection. The mail queue's retry
 * round comes from the configuration: see `queueJobOptions`.
 */
export const QUEUE_DEFAULT_JOB_OPTIONS = {
  [QueueName.MAIL]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: false,
  },
  [QueueName.NOTICES]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: false,
  },
  [QueueName.REMINDERS]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { age: 30 * 24 * 3600, count: 1_000 },
    removeOnFail: false,
  },
  [QueueName.STATISTICS]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: { age: 30 * 24 * 3600, count: 10_000 },
    removeOnFail: false,
  },
  [QueueName.CLOCKS]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { age: 30 * 24 * 3600, count: 1_000 },
    removeOnFail: false,
  },
  // Like the notices: a reset link is wanted within minutes, or not at all.
  [QueueName.ACCOUNTS]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: false,
  },
} as const;

/** The job options every producer of `queue` uses: the defaults, with the configured mail retries. */
export function queueJobOptions(
  queue: QueueName,
  config: Pick<AppConfig, 'mailRetry'>,
): DefaultJobOptions {
  if (queue !== QueueName.MAIL) return QUEUE_DEFAULT_JOB_OPTIONS[queue];
  return {
    ...QUEUE_DEFAULT_JOB_OPTIONS[QueueName.MAIL],
    attempts: config.mailRetry.attempts,
    backoff: { type: 'exponential', delay: config.mailRetry.backoffMs },
  };
}

/** E-mails per `mail.send` job: one transaction locks, and one statement marks, the batch. */
export const MAIL_BATCH_SIZE = 50;

/**
 * Deterministic job ids make a doubled or retried enqueue a no-op. BullMQ 6 refuses ':' in custom
 * ids (it separates Redis key parts), so the parts are joined with '_' — e.g.
 * `outbox.deliver_<outboxMessageId>`.
 */
export function jobId<J extends JobName>(name: J, ...parts: (string | number)[]): string {
  return [name, ...parts].map((part) => String(part).replaceAll(':', '.')).join('_');
}
