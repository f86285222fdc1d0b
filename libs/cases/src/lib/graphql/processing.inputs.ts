import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConsultationAnswer, ConsultationKind, ServiceMethod } from '@gongkai/data';
import { LocalDateScalar } from '@gongkai/platform';
import { DeemedWithdrawnReason, Outcome, ReviewKind, ReviewResult } from '@gongkai/rules';
import { ApplicationType } from './application.type.js';
import './processing-enums.js';

/** What every officer's processing input carries. */
@InputType({ isAbstract: true })
abstract class ApplicationChangeInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => Int, {
    description: '所见的版本号；期间被他人修改则拒绝（APPLICATION.VERSION_CONFLICT）',
  })
  expectedVersion!: number;
}

/** What the applicant proves an application is theirs with. */
@InputType({ isAbstract: true })
abstract class ApplicantCredentialsInput {
  @Field({ description: '登记号' })
  trackingNumber!: string;

  @Field(() => String, {
    nullable: true,
    description: '查询码；以申请人账号登录并由该账号提交的申请可不填',
  })
  queryCode?: string | null;
}

/** Every processing payload: the application as it now stands. */
@ObjectType({ isAbstract: true })
abstract class ApplicationChangePayload {
  @Field(() => ApplicationType)
  application!: ApplicationType;
}

@InputType()
export class AssignApplicationInput extends ApplicationChangeInput {
  @Field(() => ID, { description: '承办人（本机关的经办人或负责人）' })
  assigneeId!: string;
}
@ObjectType()
export class AssignApplicationPayload extends ApplicationChangePayload {}

@InputType()
export class RequestSupplementInput extends ApplicationChangeInput {
  @Field(() => [String], { description: '需要补正的全部事项（一次性告知）' })
  items!: string[];

  @Field(() => LocalDateScalar, { description: '补正期限（晚于今日）' })
  dueOn!: string;
}
@ObjectType()
export class RequestSupplementPayload extends ApplicationChangePayload {}

@InputType()
export class RecordSupplementInput extends ApplicationChangeInput {
  @Field(() => LocalDateScalar, { nullable: true, description: '收到补正之日；默认今日' })
  receivedOn?: string | null;
}
@ObjectType()
export class RecordSupplementPayload extends ApplicationChangePayload {}

@InputType()
export class SubmitSupplementInput extends ApplicantCredentialsInput {
  @Field({ description: '补正的内容' })
  response!: string;
}
@ObjectType({ description: '申请人在线补正的结果（仅申请人可见的信息）' })
export class SubmitSupplementPayload {
  @Field()
  trackingNumber!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '重新计算后的答复期限' })
  replyDueOn!: string | null;
}

@InputType()
export class StartConsultationInput extends ApplicationChangeInput {
  @Field(() => ConsultationKind)
  kind!: ConsultationKind;

  @Field({ description: '第三方或机关名称' })
  partyName!: string;

  @Field(() => String, { nullable: true, description: '联系人、电话或地址' })
  contact?: string | null;

  @Field(() => String, { nullable: true, description: '电子邮箱（填写则以邮件发送征求意见书）' })
  email?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '发出之日；默认今日' })
  sentOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '对方收到之日' })
  partyReceivedOn?: string | null;
}
@ObjectType()
export class StartConsultationPayload extends ApplicationChangePayload {
  @Field(() => ID)
  consultationId!: string;
}

@InputType()
export class RecordConsultationReplyInput extends ApplicationChangeInput {
  @Field(() => ID)
  consultationId!: string;

  @Field(() => ConsultationAnswer)
  answer!: ConsultationAnswer;

  @Field(() => String, { nullable: true, description: '不同意公开的理由（仅 OBJECT）' })
  objectionReasons?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '收到答复之日；默认今日' })
  answeredOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '对方收到之日（如尚未记录）' })
  partyReceivedOn?: string | null;
}
@ObjectType()
export class RecordConsultationReplyPayload extends ApplicationChangePayload {}

@InputType()
export class RequestExtensionInput extends ApplicationChangeInput {
  @Field({ description: '延期理由' })
  reason!: string;
}
@ObjectType()
export class RequestExtensionPayload extends ApplicationChangePayload {}

@InputType()
export class DecideExtensionInput extends ApplicationChangeInput {
  @Field()
  approved!: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
@ObjectType()
export class DecideExtensionPayload extends ApplicationChangePayload {}

@InputType({ description: '按件计收：本月此前的申请件数，及本申请按一事一申请拆分的件数' })
export class PerApplicationFeeInput {
  @Field(() => Int)
  earlierInMonth!: number;

  @Field(() => Int, { nullable: true })
  units?: number | null;
}

@InputType()
export class IssueFeeNoticeInput extends ApplicationChangeInput {
  @Field(() => PerApplicationFeeInput, { nullable: true, description: '按件计收' })
  perApplication?: PerApplicationFeeInput | null;

  @Field(() => Int, { nullable: true, description: '按量计收：页数' })
  pages?: number | null;

  @Field(() => String, { nullable: true, description: '减免理由（减免时必填）' })
  waiverReason?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '发出之日；默认今日' })
  issuedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '申请人收到之日；默认发出之日' })
  receivedOn?: string | null;
}
@ObjectType()
export class IssueFeeNoticePayload extends ApplicationChangePayload {}

@InputType()
export class RecordFeePaymentInput extends ApplicationChangeInput {
  @Field(() => LocalDateScalar, { nullable: true, description: '缴费之日；默认今日' })
  paidOn?: string | null;
}
@ObjectType()
export class RecordFeePaymentPayload extends ApplicationChangePayload {}

@InputType()
export class IssueReplyInput extends ApplicationChangeInput {
  @Field(() => Outcome)
  outcome!: Outcome;

  @Field(() => String, { nullable: true, description: '法律依据' })
  legalBasis?: string | null;

  @Field(() => String, { nullable: true, description: '理由（不予公开、部分公开时必填）' })
  reasons?: string | null;

  @Field(() => String, { nullable: true, description: '获取信息的方式和途径' })
  accessInstructions?: string | null;

  @Field(() => String, { nullable: true, description: '负责公开该信息的机关（第三十六条第五项）' })
  responsibleAgencyName?: string | null;

  @Field(() => String, { nullable: true })
  responsibleAgencyContact?: string | null;

  @Field(() => String, { nullable: true, description: '告知的其他途径' })
  referral?: string | null;

  @Field({ description: '答复书正文' })
  replyText!: string;
}
@ObjectType()
export class IssueReplyPayload extends ApplicationChangePayload {}

@InputType()
export class RecordServiceInput extends ApplicationChangeInput {
  @Field(() => ServiceMethod)
  method!: ServiceMethod;

  @Field(() => LocalDateScalar, { nullable: true, description: '送达之日；默认今日' })
  servedOn?: string | null;

  @Field(() => String, { nullable: true, description: '邮件号（仅邮寄送达）' })
  postalTrackingNumber?: string | null;
}
@ObjectType()
export class RecordServicePayload extends ApplicationChangePayload {}

@InputType()
export class WithdrawApplicationInput extends ApplicantCredentialsInput {}
@ObjectType({ description: '撤回的结果（仅申请人可见的信息）' })
export class WithdrawApplicationPayload {
  @Field()
  trackingNumber!: string;

  @Field(() => LocalDateScalar)
  withdrawnOn!: string;
}

@InputType()
export class RecordWithdrawalInput extends ApplicationChangeInput {
  @Field({ description: '书面撤回的情况（如来信日期）' })
  note!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '收到撤回之日；默认今日' })
  withdrawnOn?: string | null;
}
@ObjectType()
export class RecordWithdrawalPayload extends ApplicationChangePayload {}

@InputType()
export class CloseAsDeemedWithdrawnInput extends ApplicationChangeInput {
  @Field(() => DeemedWithdrawnReason)
  reason!: DeemedWithdrawnReason;

  @Field({ description: '说明' })
  note!: string;
}
@ObjectType()
export class CloseAsDeemedWithdrawnPayload extends ApplicationChangePayload {}

@InputType()
export class RecordReviewInput extends ApplicationChangeInput {
  @Field(() => ID, { nullable: true, description: '更新已记录的复议或诉讼的结果时填写' })
  reviewId?: string | null;

  @Field(() => ReviewKind)
  kind!: ReviewKind;

  @Field(() => LocalDateScalar)
  filedOn!: string;

  @Field(() => ReviewResult)
  result!: ReviewResult;

  @Field(() => LocalDateScalar, { nullable: true, description: '结果日期（PENDING 不填）' })
  resultOn?: string | null;
}
@ObjectType()
export class RecordReviewPayload extends ApplicationChangePayload {
  @Field(() => ID)
  reviewId!: string;
}
