import { BigIntType, ref, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
} from '@mikro-orm/decorators/legacy';
// A cycle with application.entity.ts: both only use the other lazily (decorator thunk, method body).
import { Application } from './application.entity.js';
import { User } from './user.entity.js';

/** What happened to an application; one value per state change (DESIGN.md §4). */
export enum ApplicationEventType {
  /** Filed online by the applicant. */
  SUBMITTED = 'SUBMITTED',
  /** Entered by an officer (in person, letter, fax, e-mail). */
  REGISTERED = 'REGISTERED',
  /** Receipt confirmed with the applicant (Art. 31): the clock starts. */
  RECEIPT_CONFIRMED = 'RECEIPT_CONFIRMED',
}

/** Who caused an event. */
export enum EventActorKind {
  USER = 'USER',
  APPLICANT = 'APPLICANT',
  SYSTEM = 'SYSTEM',
}

export type EventActor =
  | { readonly kind: EventActorKind.USER; readonly userId: string }
  | { readonly kind: EventActorKind.APPLICANT }
  | { readonly kind: EventActorKind.SYSTEM };

/** Body of the trigger below (and of the hand-written TRUNCATE trigger in the migration). */
const REFUSE_CHANGE =
  "raise exception 'application_event is append-only: % is not allowed', tg_op " +
  "using errcode = 'restrict_violation', hint = 'Append a new event instead.'";

/**
 * One entry of an application's timeline and audit trail: who, when, what. Append-only, enforced
 * by PostgreSQL whatever the application code does: the row trigger below refuses UPDATE and
 * DELETE (declared here so the schema diff and the snapshot know it), and a statement trigger
 * written by hand in `Migration20261127000000_applications` refuses TRUNCATE (MikroORM cannot
 * introspect TRUNCATE triggers, so declaring it here would show as a pending change forever).
 * `data` holds dates, codes and ids, never personal data. Order within an application is `id`.
 */
@Entity({ tableName: 'application_event' })
@Index({ properties: ['application', 'id'] })
@Trigger({
  name: 'no_update_or_delete',
  timing: 'before',
  events: ['update', 'delete'],
  forEach: 'row',
  body: REFUSE_CHANGE,
})
export class ApplicationEvent {
  @PrimaryKey({ type: new BigIntType('string') })
  id!: string;

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  @Enum({ items: () => ApplicationEventType })
  type!: ApplicationEventType;

  @Enum({ items: () => EventActorKind })
  actorKind!: EventActorKind;

  /** The signed-in user, when `actorKind` is USER. */
  @ManyToOne(() => User, { nullable: true, ref: true, deleteRule: 'restrict' })
  actorUser?: Ref<User> | null;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  constructor(props: {
    application: Application;
    type: ApplicationEventType;
    actor: EventActor;
    occurredAt: Date;
    data: Record<string, unknown>;
  }) {
    this.application = ref(props.application);
    this.type = props.type;
    this.actorKind = props.actor.kind;
    this.actorUser =
      props.actor.kind === EventActorKind.USER ? ref(User, props.actor.userId) : null;
    this.occurredAt = props.occurredAt;
    this.data = props.data;
  }
}
