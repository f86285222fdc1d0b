import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { Channel, LetterKind } from '@gongkai/rules';
import { ApplicantInput } from './applicant.input.js';
import { ApplicationType } from './application.type.js';
import './enums.js';
import { LegalReceipt } from './legal-receipt.type.js';
import { RequestedInformationInput } from './requested-information.input.js';

@InputType()
export class RegisterApplicationInput {
  @Field(() => ID, {
    nullable: true,
    description: '受理机关；默认为本人所在机关（工作机构负责人可为下级机关登记）',
  })
  agencyId?: string | null;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => LetterKind, { nullable: true, description: '信函必填：需要签收的邮件或平常信函' })
  letterKind?: LetterKind | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '当面提交、信函或传真到达之日；默认今日（需要签收的邮件默认签收之日）',
  })
  arrivedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '签收之日（需要签收的邮件必填）' })
  signedForOn?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: '与申请人确认之日（平常信函、传真、电子邮件）；未确认时留空',
  })
  confirmedOn?: string | null;

  @Field(() => ApplicantInput)
  applicant!: ApplicantInput;

  @Field(() => RequestedInformationInput)
  request!: RequestedInformationInput;

  @Field(() => String, { nullable: true, description: '可选的幂等键，防止重复登记' })
  idempotencyKey?: string | null;
}

@ObjectType()
export class RegisterApplicationPayload {
  @Field(() => ApplicationType)
  application!: ApplicationType;

  @Field({ description: '查询码：只在此处显示，请告知申请人（系统只存其散列值）' })
  queryCode!: string;

  @Field(() => LegalReceipt)
  receipt!: LegalReceipt;
}
