import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApplicationEventType, ServiceMethod } from '@gongkai/data';
import { LocalDateScalar } from '@gongkai/platform';
import { ApplicationStatus, FeeMethod, Outcome } from '@gongkai/rules';
import './enums.js';
import './processing-enums.js';

@ObjectType({ description: '申请人收到的补正告知' })
export class TrackingSupplementNotice {
  @Field(() => [String], { description: '需要补正的全部事项' })
  items!: string[];

  @Field(() => LocalDateScalar)
  requestedOn!: string;

  @Field(() => LocalDateScalar, { description: '补正期限' })
  dueOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '收到补正之日' })
  receivedOn!: string | null;
}

@ObjectType({ description: '申请人收到的收费通知' })
export class TrackingFeeNotice {
  @Field(() => FeeMethod)
  method!: FeeMethod;

  @Field(() => Int, { description: '应缴金额（分）' })
  amountFen!: number;

  @Field(() => LocalDateScalar)
  issuedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '缴费期限' })
  paymentDueOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  paidOn!: string | null;
}

@ObjectType({ description: '申请人收到的答复' })
export class TrackingReply {
  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => LocalDateScalar)
  repliedOn!: string;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field({ description: '答复书正文' })
  replyText!: string;

  @Field(() => String, { nullable: true, description: '获取信息的方式和途径' })
  accessInstructions!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  servedOn!: string | null;

  @Field(() => ServiceMethod, { nullable: true })
  serviceMethod!: ServiceMethod | null;
}

@ObjectType({ description: '申请人可见的一个办理事件' })
export class TrackingEvent {
  @Field(() => ApplicationEventType)
  type!: ApplicationEventType;

  @Field()
  label!: string;

  @Field()
  occurredAt!: Date;
}

@ObjectType({ description: '申请人凭登记号和查询码看到的办理进度' })
export class ApplicationTracking {
  @Field()
  trackingNumber!: string;

  @Field()
  agencyName!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field()
  statusLabel!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  receivedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  replyDueOn!: string | null;

  @Field()
  provisional!: boolean;

  @Field(() => TrackingSupplementNotice, { nullable: true })
  supplementRequest!: TrackingSupplementNotice | null;

  @Field({ description: '答复期限已依法延长' })
  extended!: boolean;

  @Field(() => TrackingFeeNotice, { nullable: true })
  feeNotice!: TrackingFeeNotice | null;

  @Field(() => TrackingReply, { nullable: true })
  reply!: TrackingReply | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '办结之日' })
  concludedOn!: string | null;

  @Field(() => [TrackingEvent])
  timeline!: TrackingEvent[];
}
