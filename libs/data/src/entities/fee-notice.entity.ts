import { randomUUID } from 'node:crypto';
import { ref, type Opt, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Trigger,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { FeeMethod, type FeeTierLine, type LocalDate } from '@gongkai/rules';
import { Agency } from './agency.entity.js';
// A cycle with application.entity.ts: both only use the other lazily (decorator thunk, method body).
import { Application } from './application.entity.js';
import { RECORD_AGENCY_TRIGGER } from './record-agency.trigger.js';

/**
 * The processing-fee notice (收费通知, 国办函〔2020〕109号): the amount the rules' fee calculator
 * gave, with its method and tier breakdown. One per application; the fee wait pauses the clock.
 */
@Entity({ tableName: 'fee_notice' })
@Index({ properties: ['agency', 'issuedOn'] })
@Index({
  properties: ['agency', 'paidOn'],
  include: ['amountFen'],
  where: '"paid_on" is not null',
})
@Trigger(RECORD_AGENCY_TRIGGER)
@Unique({ name: 'fee_notice_application_unique', properties: ['application'] })
export class FeeNotice {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  /** The application's agency (it never changes): see record-agency.trigger.ts. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', index: false })
  agency!: Ref<Agency>;

  @Enum({ items: () => FeeMethod })
  method!: FeeMethod;

  /** What the tiers give, in fen (分), before a waiver. */
  @Property({ type: 'integer' })
  assessedFen!: number;

  /** What the applicant must pay, in fen; 0 when waived. */
  @Property({ type: 'integer' })
  amountFen!: number;

  /** The tier lines of the calculation (`FeeAssessment.breakdown`). */
  @Property({ type: 'json' })
  breakdown!: FeeTierLine[];

  @Property({ length: 500, nullable: true })
  waiverReason!: string | null;

  @Property({ type: 'date' })
  issuedOn!: LocalDate;

  /** The day the applicant received the notice: the 20 working days to pay start after it. */
  @Property({ type: 'date', nullable: true })
  receivedOn!: LocalDate | null;

  /** 20th working day after `receivedOn` (from the clock). */
  @Property({ type: 'date', nullable: true })
  paymentDueOn: LocalDate | null = null;

  @Property({ type: 'date', nullable: true })
  paidOn: LocalDate | null = null;

  /** Issued after the reply due date (LateFlag.FEE_NOTICE_LATE). */
  @Property({ type: 'boolean' })
  late: boolean & Opt = false;

  /** Paid after `paymentDueOn` (LateFlag.FEE_PAID_LATE). */
  @Property({ type: 'boolean' })
  paidLate: boolean & Opt = false;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  constructor(props: {
    application: Application;
    method: FeeMethod;
    assessedFen: number;
    amountFen: number;
    breakdown: readonly FeeTierLine[];
    waiverReason: string | null;
    issuedOn: LocalDate;
    receivedOn: LocalDate | null;
    late: boolean;
    now: Date;
  }) {
    this.application = ref(props.application);
    this.agency = props.application.agency;
    this.method = props.method;
    this.assessedFen = props.assessedFen;
    this.amountFen = props.amountFen;
    this.breakdown = [...props.breakdown];
    this.waiverReason = props.waiverReason;
    this.issuedOn = props.issuedOn;
    this.receivedOn = props.receivedOn;
    this.late = props.late;
    this.createdAt = props.now;
  }
}
