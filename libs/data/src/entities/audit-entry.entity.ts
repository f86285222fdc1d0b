import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';

/** What an audit entry records: every change to agencies, accounts and the working calendar. */
export enum AuditAction {
  AGENCY_CREATED = 'AGENCY_CREATED',
  USER_CREATED = 'USER_CREATED',
  USER_ROLES_CHANGED = 'USER_ROLES_CHANGED',
  USER_DISABLED = 'USER_DISABLED',
  /** The account's owner set a new password with an e-mailed link. */
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** The account's owner changed the password while signed in. */
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  WORKING_CALENDAR_LOADED = 'WORKING_CALENDAR_LOADED',
}

/** One changed field: values as text (role lists comma-separated), null for none. */
export interface AuditChange {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * Who changed what, written in the transaction of the change itself. Append-only (a trigger
 * refuses updates and deletes). Ids and codes only: no e-mail addresses, names or passwords;
 * the account's e-mail is read from the account when the trail is listed. The columns are not
 * foreign keys, so an entry outlives anything it names.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['occurredAt', 'id'] })
@Index({ properties: ['actorId', 'occurredAt'] })
@Index({ properties: ['targetUserId', 'occurredAt'] })
@Index({ properties: ['agencyId', 'occurredAt'] })
@Trigger({
  name: 'audit_entry_append_only',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body:
    "raise exception 'audit_entry is append-only: % is not allowed', tg_op " +
    "using errcode = 'restrict_violation'",
})
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /** The account that made the change. */
  @Property({ type: 'uuid' })
  actorId!: string;

  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  /** The account changed, if any. */
  @Property({ type: 'uuid', nullable: true })
  targetUserId: string | null = null;

  /** The agency created, or the agency of the account changed, if any. */
  @Property({ type: 'uuid', nullable: true })
  agencyId: string | null = null;

  @Property({ type: 'json' })
  changes: AuditChange[] = [];

  constructor(props: {
    actorId: string;
    action: AuditAction;
    now: Date;
    targetUserId?: string | null;
    agencyId?: string | null;
    changes?: readonly AuditChange[];
  }) {
    this.actorId = props.actorId;
    this.action = props.action;
    this.occurredAt = props.now;
    this.targetUserId = props.targetUserId ?? null;
    this.agencyId = props.agencyId ?? null;
    this.changes = [...(props.changes ?? [])];
  }
}
