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
  /** Given to (or moved to another) case officer. */
  ASSIGNED = 'ASSIGNED',
  /** One consolidated supplement notice (补正, Art. 30): the clock stops. */
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  /** The supplement arrived: the clock restarts from that day. */
  SUPPLEMENT_RECORDED = 'SUPPLEMENT_RECORDED',
  /** A third party or another agency was consulted (Art. 32): the clock pauses. */
  CONSULTATION_STARTED = 'CONSULTATION_STARTED',
  /** The consulted party answered (agree / object / no answer). */
  CONSULTATION_REPLY_RECORDED = 'CONSULTATION_REPLY_RECORDED',
  /** The officer asked the supervisor to extend (Art. 33(2)). */
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  /** The supervisor approved or refused the extension. */
  EXTENSION_DECIDED = 'EXTENSION_DECIDED',
  /** A fee notice (收费通知) went to the applicant: the clock pauses. */
  FEE_NOTICE_ISSUED = 'FEE_NOTICE_ISSUED',
  /** The fee was paid: the clock resumes. */
  FEE_PAYMENT_RECORDED = 'FEE_PAYMENT_RECORDED',
  /** The reply (答复) was issued with its outcome. */
  REPLY_ISSUED = 'REPLY_ISSUED',
  /** The reply was served (送达) on the applicant: the on-time check uses this date. */
  SERVICE_RECORDED = 'SERVICE_RECORDED',
  /** The applicant withdrew the application. */
  WITHDRAWN = 'WITHDRAWN',
  /** Closed as deemed withdrawn (no supplement, or fee unpaid). */
  DEEMED_WITHDRAWN = 'DEEMED_WITHDRAWN',
  /** An administrative review or lawsuit and its result (table 四). */
  REVIEW_RECORDED = 'REVIEW_RECORDED',
  /** A notice was due but the applicant gave no e-mail address, so none was sent. */
  NOTICE_NOT_SENT_NO_EMAIL = 'NOTICE_NOT_SENT_NO_EMAIL',
  /** The working calendar changed and the stored due dates were computed again. */
  DUE_DATES_RECOMPUTED = 'DUE_DATES_RECOMPUTED',
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
