import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/**
 * Side effects that leave with a change (HOUSE-STYLE rule 4), by topic, with their payloads.
 * Payloads carry ids only: the handler loads current data when it runs. The one exception is
 * `account.password-reset-requested`, whose address is the request itself; its handler erases
 * it from the row once it has run.
 */
export interface OutboxTopics {
  /** Tell the applicant the application is on file: tracking number, how receipt is fixed. */
  'mail.acknowledgment': { applicationId: string };
  /** Tell the applicant the legal receipt date and the reply due date. */
  'mail.receipt-confirmed': { applicationId: string };
  /** The one consolidated supplement notice: every defect and the due date. */
  'mail.supplement-request': { applicationId: string };
  /** The supplement arrived; the clock restarts. */
  'mail.supplement-received': { applicationId: string };
  /** Ask a consulted party (with an e-mail address) for its opinion. */
  'mail.consultation-request': { applicationId: string; consultationId: string };
  /** The reply period was extended: the new due date and the reason. */
  'mail.extension-notice': { applicationId: string };
  /** The fee notice: amount, method, how and by when to pay. */
  'mail.fee-notice': { applicationId: string };
  /** The reply: outcome, legal basis, text, how to obtain the information. */
  'mail.reply-issued': { applicationId: string };
  /** Closed as deemed withdrawn (no supplement, fee unpaid). */
  'mail.deemed-withdrawn': { applicationId: string };
  /** The applicant's withdrawal is on record. */
  'mail.withdrawn': { applicationId: string };
  /** Supervisors: a statistics snapshot was published. */
  'mail.statistics-published': { snapshotId: string };
  /** The account's owner asked to reset the password: the one-time link. */
  'mail.password-reset': { passwordResetId: string };
  /**
   * An applicant account was asked for with this address: the link that opens it or, when the
   * address has an account already, a note saying so (decided when the e-mail is composed).
   */
  'mail.applicant-signup': { signupId: string };
  /**
   * Someone asked for a reset link for this (normalised) address, which may have no account: the
   * worker looks the account up, so the api's answer takes the same path for every address.
   */
  'account.password-reset-requested': { email: string };
}
export type OutboxTopic = keyof OutboxTopics;
/** The topics the notice processor turns into e-mails; the others are an account's work. */
export type NoticeTopic = Extract<OutboxTopic, `mail.${string}`>;

/** The channel a committed outbox insert is announced on; the worker's relay LISTENs to it. */
export const OUTBOX_CHANNEL = 'outbox_message';

/**
 * A message written in the same transaction as the change that causes it. The relay (worker)
 * picks unrelayed rows in order, hands them to their queue and stamps `relayedAt`; a change is
 * therefore never lost while Redis is down, and never sent without its change committed.
 * Each inserting statement also NOTIFYs `OUTBOX_CHANNEL`: PostgreSQL delivers it at the commit
 * (never for a rolled-back insert, once per transaction), which wakes the relay at once.
 */
@Entity({ tableName: 'outbox_message' })
@Index({
  name: 'outbox_message_unrelayed_idx',
  expression:
    'create index "outbox_message_unrelayed_idx" on "outbox_message" ("created_at") where "relayed_at" is null',
})
@Index({
  name: 'outbox_message_undelivered_idx',
  expression:
    'create index "outbox_message_undelivered_idx" on "outbox_message" ("relayed_at", "id") where "relayed_at" is not null and "delivered_at" is null',
})
@Trigger({
  name: 'outbox_message_notify',
  timing: 'after',
  events: ['insert'],
  forEach: 'statement',
  body: `perform pg_notify('${OUTBOX_CHANNEL}', ''); return null`,
})
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 100 })
  topic!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  relayedAt?: Date | null;

  /**
   * When the notice processor turned the row into its e-mail records (or a timeline note), or an
   * account topic's handler ran. A row relayed but not delivered a while later lost its job or
   * its retries: the relay's sweep hands it to the queue again.
   */
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  private constructor(topic: string, payload: Record<string, unknown>, createdAt: Date) {
    this.topic = topic;
    this.payload = payload;
    this.createdAt = createdAt;
  }

  static create<T extends OutboxTopic>(
    topic: T,
    payload: OutboxTopics[T],
    now: Date,
  ): OutboxMessage {
    return new OutboxMessage(topic, { ...payload }, now);
  }
}
