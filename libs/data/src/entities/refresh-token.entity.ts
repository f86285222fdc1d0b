import { randomUUID } from 'node:crypto';
import { ref, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from './user.entity.js';

/**
 * One refresh token of a sign-in session. The token itself is random and shown once; only its
 * SHA-256 is stored. Every refresh revokes the token and issues the next one of the same
 * `family` (one family per sign-in); presenting a revoked token again means it was copied, so
 * the whole family is revoked (theft detection).
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['family'] })
export class RefreshToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  /** Shared by every token rotated from one sign-in. */
  @Property({ type: 'uuid' })
  family!: string;

  /** SHA-256 (hex) of the token. */
  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the token stops working: rotated, signed out, or its family revoked. */
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: (Date & Opt) | null = null;

  /** Set when the token was traded for the next one: presenting it again is theft. */
  @Property({ type: 'timestamptz', nullable: true })
  rotatedAt: (Date & Opt) | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  constructor(props: {
    userId: string;
    family: string;
    tokenHash: string;
    expiresAt: Date;
    now: Date;
  }) {
    this.user = ref(User, props.userId);
    this.family = props.family;
    this.tokenHash = props.tokenHash;
    this.expiresAt = props.expiresAt;
    this.createdAt = props.now;
  }
}
