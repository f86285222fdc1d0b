import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * One e-mail the system decided to send, and what became of it. The mail job checks `status`
 * before sending, so a retried job never sends a message twice after a success.
 */
@Entity({ tableName: 'email_message' })
@Index({ properties: ['status', 'createdAt'] })
export class EmailMessage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 254 })
  recipient!: string;

  /** Template name from the notify lib's registry, e.g. `diagnostic`. */
  @Property({ length: 64 })
  template!: string;

  /** Template data: ids and display values only; rendered at send time. */
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Enum({ items: () => EmailStatus })
  status: EmailStatus & Opt = EmailStatus.PENDING;

  @Property({ length: 500, nullable: true })
  subject?: string | null;

  /** The SMTP server's Message-ID once sent. */
  @Property({ length: 500, nullable: true })
  providerMessageId?: string | null;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ length: 500, nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  constructor(props: { recipient: string; template: string; data: Record<string, unknown> }) {
    this.recipient = props.recipient;
    this.template = props.template;
    this.data = props.data;
  }
}
