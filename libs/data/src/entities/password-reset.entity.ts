import { randomUUID } from 'node:crypto';
import { ref, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from './user.entity.js';

/** How long a password-reset link works. */
export const PASSWORD_RESET_VALID_MINUTES = 30;

/**
 * One "forgot my password" request. Nothing secret is stored: the link's token is the row's id
 * and a keyed hash of it under DATA_ENCRYPTION_KEY, derived again when the e-mail is rendered
 * and when the token comes back. It works once, until `expiresAt`, and only while it is the
 * account's newest request and the password has not changed since.
 */
@Entity({ tableName: 'password_reset' })
export class PasswordReset {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When the token set a new password (a repeated request with it is then answered the same). */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt: (Date & Opt) | null = null;

  /** When it stopped working unused: a newer request, or the password changed another way. */
  @Property({ type: 'timestamptz', nullable: true })
  supersededAt: (Date & Opt) | null = null;

  /** `id`: derived from what caused it, when a retried job must find the same row. */
  constructor(props: { id?: string; userId: string; now: Date; expiresAt: Date }) {
    if (props.id) this.id = props.id;
    this.user = ref(User, props.userId);
    this.requestedAt = props.now;
    this.expiresAt = props.expiresAt;
  }
}
