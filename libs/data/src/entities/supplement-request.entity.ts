import { randomUUID } from 'node:crypto';
import { ref, type Opt, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
  Unique,
} from '@mikro-orm/decorators/legacy';
import type { LocalDate } from '@gongkai/rules';
import { Agency } from './agency.entity.js';
// A cycle with application.entity.ts: both only use the other lazily (decorator thunk, method body).
import { Application } from './application.entity.js';
import { RECORD_AGENCY_TRIGGER } from './record-agency.trigger.js';
import { User } from './user.entity.js';

/** Longest texts of a supplement request. */
export const SUPPLEMENT_LIMITS = { items: 20, item: 500, response: 4000 } as const;

/**
 * The single consolidated supplement notice (一次性告知, Art. 30): every defect of the application
 * and the day by which the applicant should supplement. One per application (unique).
 */
@Entity({ tableName: 'supplement_request' })
@Index({ properties: ['agency', 'requestedOn'] })
@Trigger(RECORD_AGENCY_TRIGGER)
@Unique({ name: 'supplement_request_application_unique', properties: ['application'] })
export class SupplementRequest {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  /** The application's agency (it never changes): see record-agency.trigger.ts. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', index: false })
  agency!: Ref<Agency>;

  /** Every defect to correct, in the order the notice lists them. */
  @Property({ type: 'json' })
  items!: string[];

  @Property({ type: 'date' })
  requestedOn!: LocalDate;

  /** The deadline the notice gives the applicant. */
  @Property({ type: 'date' })
  dueOn!: LocalDate;

  /** The day the supplemented application arrived; the reply period restarts from it. */
  @Property({ type: 'date', nullable: true })
  receivedOn: LocalDate | null = null;

  /** What the applicant supplied, when it came online (a letter's content stays on paper). */
  @Property({ length: SUPPLEMENT_LIMITS.response, nullable: true })
  response: string | null = null;

  /** Sent after the 7th working day after receipt (LateFlag.SUPPLEMENT_NOTICE_LATE). */
  @Property({ type: 'boolean' })
  late: boolean & Opt = false;

  /** The supplement arrived after `dueOn` (LateFlag.SUPPLEMENT_RECEIVED_LATE). */
  @Property({ type: 'boolean' })
  receivedLate: boolean & Opt = false;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  requestedBy!: Ref<User>;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  constructor(props: {
    application: Application;
    items: string[];
    requestedOn: LocalDate;
    dueOn: LocalDate;
    late: boolean;
    requestedBy: string;
    now: Date;
  }) {
    this.application = ref(props.application);
    this.agency = props.application.agency;
    this.items = [...props.items];
    this.requestedOn = props.requestedOn;
    this.dueOn = props.dueOn;
    this.late = props.late;
    this.requestedBy = ref(User, props.requestedBy);
    this.createdAt = props.now;
  }
}
