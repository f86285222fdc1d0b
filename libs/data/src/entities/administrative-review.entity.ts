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
import { ReviewKind, ReviewResult, type LocalDate } from '@gongkai/rules';
import { Agency } from './agency.entity.js';
// A cycle with application.entity.ts: both only use the other lazily (decorator thunk, method body).
import { Application } from './application.entity.js';
import { RECORD_AGENCY_TRIGGER } from './record-agency.trigger.js';

/**
 * An administrative reconsideration (行政复议) or lawsuit (行政诉讼) about an application's
 * decision, and its result: the rows of table 四. A PENDING result is updated when it is known.
 */
@Entity({ tableName: 'administrative_review' })
@Index({ properties: ['application'] })
@Index({ properties: ['agency', 'filedOn'], include: ['kind', 'result', 'resultOn'] })
@Trigger(RECORD_AGENCY_TRIGGER)
export class AdministrativeReview {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: true, deleteRule: 'restrict' })
  application!: Ref<Application>;

  /** The application's agency (it never changes): see record-agency.trigger.ts. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', index: false })
  agency!: Ref<Agency>;

  @Enum({ items: () => ReviewKind })
  kind!: ReviewKind;

  @Property({ type: 'date' })
  filedOn!: LocalDate;

  @Enum({ items: () => ReviewResult })
  result!: ReviewResult;

  /** The day of the decision or judgment; null while PENDING. */
  @Property({ type: 'date', nullable: true })
  resultOn!: LocalDate | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  constructor(props: {
    application: Application;
    kind: ReviewKind;
    filedOn: LocalDate;
    result: ReviewResult;
    resultOn: LocalDate | null;
    now: Date;
  }) {
    this.application = ref(props.application);
    this.agency = props.application.agency;
    this.kind = props.kind;
    this.filedOn = props.filedOn;
    this.result = props.result;
    this.resultOn = props.resultOn;
    this.createdAt = props.now;
    this.updatedAt = props.now;
  }
}
