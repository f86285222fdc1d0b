import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { ApplicationStatus, Channel, LateFlag, LetterKind, Outcome } from '@gongkai/rules';
import { ApplicantType } from './applicant.type.js';
import './enums.js';
import './processing-enums.js';
import { ConclusionType, ExtensionType, ReplyType, ServiceType } from './processing.type.js';
import { RequestedInformationType } from './requested-information.type.js';

@ObjectType('Application', { description: '政府信息公开申请' })
export class ApplicationType {
  @Field(() => ID)
  id!: string;

  @Field()
  trackingNumber!: string;

  /** Resolved to `agency` through the per-request loader (ApplicationFieldsResolver). */
  agencyId!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => LetterKind, { nullable: true })
  letterKind!: LetterKind | null;

  @Field(() => LocalDateScalar, { description: '当面提交、网上提交或信函、传真到达之日' })
  arrivedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '签收之日' })
  signedForOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '确认之日' })
  confirmedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '收到申请之日（条例第三十一条）' })
  receivedOn!: string | null;

  @Field({ description: '收到申请之日的推算说明' })
  receiptExplanation!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => ApplicantType)
  applicant!: ApplicantType;

  @Field(() => RequestedInformationType)
  request!: RequestedInformationType;

  @Field(() => ID, { nullable: true })
  assigneeId!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '现行答复期限（第 20 个计入的工作日，批准延期后第 40 个；中止期间按今日推算）',
  })
  replyDueOn!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '补正告知期限（第 7 个工作日）',
  })
  supplementNoticeDueOn!: string | null;

  @Field({ description: '期限落在尚未公布节假日安排的年份，暂按周一至周五推算' })
  provisional!: boolean;

  @Field(() => Outcome, { nullable: true, description: '办理结果（答复或视为放弃申请后确定）' })
  outcome!: Outcome | null;

  @Field(() => [LateFlag], { description: '已超过期限办理的环节' })
  lateFlags!: LateFlag[];

  @Field(() => ExtensionType)
  extension!: ExtensionType;

  @Field(() => ReplyType, { nullable: true })
  reply!: ReplyType | null;

  @Field(() => ServiceType, { nullable: true })
  service!: ServiceType | null;

  @Field(() => ConclusionType, { nullable: true, description: '办结（送达、撤回、视为放弃申请）' })
  conclusion!: ConclusionType | null;

  @Field(() => Int, { description: '乐观锁版本号；修改时作为 expectedVersion 传回' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
