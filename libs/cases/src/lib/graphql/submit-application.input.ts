import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { ApplicationStatus } from '@gongkai/rules';
import { ApplicantInput } from './applicant.input.js';
import './enums.js';
import { LegalReceipt } from './legal-receipt.type.js';
import { RequestedInformationInput } from './requested-information.input.js';

@InputType()
export class SubmitApplicationInput {
  @Field({ description: '受理机关的代码' })
  agencyCode!: string;

  @Field({
    description:
      '客户端生成的幂等键（如 UUID，16–100 位）。同一机关、同一键重复提交返回同一结果，不重复登记',
  })
  idempotencyKey!: string;

  @Field(() => ApplicantInput)
  applicant!: ApplicantInput;

  @Field(() => RequestedInformationInput)
  request!: RequestedInformationInput;
}

@ObjectType()
export class SubmitApplicationPayload {
  @Field({ description: '登记号，如 CS-2026-000123' })
  trackingNumber!: string;

  @Field({ description: '查询码：只在此处显示，请申请人妥善保存（系统只存其散列值）' })
  queryCode!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field(() => LocalDateScalar, { description: '提交之日（Asia/Shanghai）' })
  submittedOn!: string;

  @Field()
  agencyName!: string;

  @Field(() => LegalReceipt)
  receipt!: LegalReceipt;
}
