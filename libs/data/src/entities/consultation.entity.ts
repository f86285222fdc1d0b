import { randomUUID } from 'node:crypto';
import { ref, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
} from '@mikro-orm/decorators/legacy';
import type { LocalDate } from '@gongkai/rules';
import { Agency } from './agency.entity.js';
// A cycle with application.entity.ts: both only use the other lazily (decorator thunk, method body).
import { Application } from './application.entity.js';
import { RECORD_AGENCY_TRIGGER } from './record-agency.trigger.js';

/** Who is consulted: a third party (Art. 32) or another agency (Art. 34). */
export enum ConsultationKind {
  THIRD_PARTY = 'THIRD_PARTY',
  OTHER_AGENCY = 'OTHER_AGENCY',
}

/** What the consulted party answered. */
export enum ConsultationAnswer {
  AGREE = 'AGREE',
  /** Objects, with reasons. */
  OBJECT = 'OBJECT',
  /** No answer within the 15 working days. */
  NO_ANSWER = 'NO_ANSWER',
}

export const CONSULTATION_LIMITS = {
  partyName: 200,
  contact: 200,
  email: 254,
  reasons: 2000,
} as const;

/** A consultation (征求意见) of a third party or another agency: the reply clock pauses. */
@Entity({ tableName: 'consultation' })
@Index({ properties: ['application', 'sentOn'] })
@Index({ properties: ['agency', 'sentOn'] })
@Trigger(RECORD_AGENCY_TRIGGER)
export class Consultation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  /** The application's agency (it never changes): see record-agency.trigger.ts. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', index: false })
  agency!: Ref<Agency>;

  @Enum({ items: () => ConsultationKind })
  kind!: ConsultationKind;

  @Property({ length: CONSULTATION_LIMITS.partyName })
  partyName!: string;

  /** Contact person, phone or address as the officer wrote it. */
  @Property({ length: CONSULTATION_LIMITS.contact, nullable: true })
  contact!: string | null;

  /** Set when the request is also sent by e-mail (outbox topic mail.consultation-request). */
  @Property({ length: CONSULTATION_LIMITS.email, nullable: true })
  email!: string | null;

  /** The day the 征求意见书 was sent. */
  @Property({ type: 'date' })
  sentOn!: LocalDate;

  /** The day the party received it: its 15 working days start the next working day. */
  @Property({ type: 'date', nullable: true })
  partyReceivedOn!: LocalDate | null;

  /** 15th working day after `partyReceivedOn` (from the clock); null while unknown. */
  @Property({ type: 'date', nullable: true })
  answerDueOn: LocalDate | null = null;

  @Enum({ items: () => ConsultationAnswer, nullable: true })
  answer: ConsultationAnswer | null = null;

  /** The objection's reasons (required with OBJECT). */
  @Property({ length: CONSULTATION_LIMITS.reasons, nullable: true })
  objectionReasons: string | null = null;

  /** The day the answer arrived (or, with NO_ANSWER, the day the silence was recorded). */
  @Property({ type: 'date', nullable: true })
  answeredOn: LocalDate | null = null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  constructor(props: {
    id?: string;
    application: Application;
    kind: ConsultationKind;
    partyName: string;
    contact: string | null;
    email: string | null;
    sentOn: LocalDate;
    partyReceivedOn: LocalDate | null;
    now: Date;
  }) {
    if (props.id) this.id = props.id;
    this.application = ref(props.application);
    this.agency = props.application.agency;
    this.kind = props.kind;
    this.partyName = props.partyName;
    this.contact = props.contact;
    this.email = props.email;
    this.sentOn = props.sentOn;
    this.partyReceivedOn = props.partyReceivedOn;
    this.createdAt = props.now;
  }

  get open(): boolean {
    return consultationOpen(this);
  }
}

/** A consultation is open (pauses the clock, blocks the reply) until it is answered. */
export function consultationOpen(consultation: Pick<Consultation, 'answer'>): boolean {
  return consultation.answer === null;
}
