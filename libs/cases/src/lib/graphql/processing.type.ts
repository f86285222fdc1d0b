import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConsultationAnswer, ConsultationKind, ServiceMethod } from '@gongkai/data';
import { LocalDateScalar } from '@gongkai/platform';
import {
  DeemedWithdrawnReason,
  ExtensionStatus,
  FeeMethod,
  Outcome,
  ReviewKind,
  ReviewResult,
} from '@gongkai/rules';
import { ExplanationDay } from './deadline-calculation.type.js';
import { ClockStateView } from './processing-enums.js';

@ObjectType('StatutoryClock', { description: '法定答复期限（按今日计算）' })
export class StatutoryClockType {
  @Field(() => ClockStateView)
  state!: ClockStateView;

  @Field(() => LocalDateScalar, { description: '收到申请之日' })
  receivedOn!: string;

  @Field(() => LocalDateScalar, { description: '起算日：收到申请之日或收到补正之日' })
  baseDate!: string;

  @Field(() => LocalDateScalar, { description: '补正告知期限：第 7 个工作日' })
  supplementNoticeDueOn!: string;

  @Field(() => LocalDateScalar, { description: '第 20 个计入的工作日' })
  replyDueOn!: string;

  @Field(() => LocalDateScalar, { description: '第 40 个计入的工作日（延期后）' })
  extendedReplyDueOn!: string;

  @Field(() => LocalDateScalar, { description: '现行答复期限（已批准延期为第 40 个工作日）' })
  effectiveReplyDueOn!: string;

  @Field()
  extended!: boolean;

  @Field(() => Int, { description: '20，延期后 40' })
  countedWorkingDaysLimit!: number;

  @Field(() => Int)
  countedWorkingDaysUsed!: number;

  @Field(() => Int)
  countedWorkingDaysRemaining!: number;

  @Field()
  overdue!: boolean;

  @Field({ description: '期限落在尚未公布节假日安排的年份' })
  provisional!: boolean;

  @Field(() => [ExplanationDay], { description: '起算日次日至现行答复期限的每一天' })
  explanation!: ExplanationDay[];
}

@ObjectType('Consultation', { description: '征求第三方或其他机关意见' })
export class ConsultationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ConsultationKind)
  kind!: ConsultationKind;

  @Field()
  partyName!: string;

  @Field(() => String, { nullable: true })
  contact!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => LocalDateScalar)
  sentOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '被征求意见方收到之日' })
  partyReceivedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '答复期限：第 15 个工作日' })
  answerDueOn!: string | null;

  @Field(() => ConsultationAnswer, { nullable: true })
  answer!: ConsultationAnswer | null;

  @Field(() => String, { nullable: true })
  objectionReasons!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  answeredOn!: string | null;
}

@ObjectType('SupplementRequest', { description: '补正告知（一次性告知）' })
export class SupplementRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => [String], { description: '需要补正的全部事项' })
  items!: string[];

  @Field(() => LocalDateScalar)
  requestedOn!: string;

  @Field(() => LocalDateScalar, { description: '补正期限' })
  dueOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  receivedOn!: string | null;

  @Field(() => String, { nullable: true, description: '申请人在线补正的内容' })
  response!: string | null;

  @Field({ description: '超过第 7 个工作日告知' })
  late!: boolean;

  @Field({ description: '申请人逾期补正' })
  receivedLate!: boolean;
}

@ObjectType('Extension', { description: '延期答复' })
export class ExtensionType {
  @Field(() => ExtensionStatus)
  status!: ExtensionStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  requestedOn!: string | null;

  @Field(() => ID, { nullable: true })
  requestedById!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  decidedOn!: string | null;

  @Field(() => ID, { nullable: true })
  decidedById!: string | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;
}

@ObjectType('FeeTierLine', { description: '收费档次明细' })
export class FeeTierLineType {
  @Field(() => Int)
  from!: number;

  @Field(() => Int, { nullable: true })
  to!: number | null;

  @Field(() => Int, { description: '单价（分）' })
  unitFen!: number;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: '小计（分）' })
  subtotalFen!: number;
}

@ObjectType('FeeNotice', { description: '收费通知' })
export class FeeNoticeType {
  @Field(() => ID)
  id!: string;

  @Field(() => FeeMethod)
  method!: FeeMethod;

  @Field(() => Int, { description: '按档次计算的金额（分）' })
  assessedFen!: number;

  @Field(() => Int, { description: '应缴金额（分），减免为 0' })
  amountFen!: number;

  @Field(() => [FeeTierLineType])
  breakdown!: FeeTierLineType[];

  @Field(() => String, { nullable: true })
  waiverReason!: string | null;

  @Field(() => LocalDateScalar)
  issuedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  receivedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '缴费期限：第 20 个工作日' })
  paymentDueOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  paidOn!: string | null;

  @Field()
  late!: boolean;

  @Field()
  paidLate!: boolean;
}

@ObjectType('Reply', { description: '答复' })
export class ReplyType {
  @Field(() => Outcome)
  outcome!: Outcome;

  @Field({ description: '办理结果的中文名称' })
  outcomeLabel!: string;

  @Field(() => LocalDateScalar)
  repliedOn!: string;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field(() => String, { nullable: true })
  reasons!: string | null;

  @Field(() => String, { nullable: true })
  accessInstructions!: string | null;

  @Field(() => String, { nullable: true })
  responsibleAgencyName!: string | null;

  @Field(() => String, { nullable: true })
  responsibleAgencyContact!: string | null;

  @Field(() => String, { nullable: true })
  referral!: string | null;

  @Field()
  replyText!: string;
}

@ObjectType('Service', { description: '送达' })
export class ServiceType {
  @Field(() => ServiceMethod)
  method!: ServiceMethod;

  @Field(() => LocalDateScalar)
  servedOn!: string;

  @Field(() => String, { nullable: true })
  postalTrackingNumber!: string | null;
}

@ObjectType('AdministrativeReview', { description: '行政复议或行政诉讼' })
export class AdministrativeReviewType {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewKind)
  kind!: ReviewKind;

  @Field(() => LocalDateScalar)
  filedOn!: string;

  @Field(() => ReviewResult)
  result!: ReviewResult;

  @Field(() => LocalDateScalar, { nullable: true })
  resultOn!: string | null;
}

@ObjectType('Conclusion', { description: '办结情况' })
export class ConclusionType {
  @Field(() => LocalDateScalar, { description: '办结日期（统计口径）' })
  concludedOn!: string;

  @Field(() => Outcome, { nullable: true })
  outcome!: Outcome | null;

  @Field(() => LocalDateScalar, { nullable: true })
  withdrawnOn!: string | null;

  @Field(() => String, { nullable: true })
  withdrawalNote!: string | null;

  @Field(() => DeemedWithdrawnReason, { nullable: true })
  deemedWithdrawnReason!: DeemedWithdrawnReason | null;

  @Field(() => String, { nullable: true })
  closingNote!: string | null;
}
