import { Field, ObjectType } from '@nestjs/graphql';
import { IdentityDocumentType } from '@gongkai/data';
import { ApplicantKind } from '@gongkai/rules';
import './enums.js';

@ObjectType('Applicant', { description: '申请人（身份证明号码已脱敏）' })
export class ApplicantType {
  @Field(() => ApplicantKind)
  kind!: ApplicantKind;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => IdentityDocumentType, { nullable: true })
  idType!: IdentityDocumentType | null;

  @Field(() => String, { nullable: true, description: '脱敏的号码，如 110101********1234' })
  idNumberMasked!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '完整号码：仅承办人和负责人可见，其他人为 null',
  })
  idNumber!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String, { nullable: true })
  creditCode!: string | null;

  @Field(() => String, { nullable: true })
  legalRepresentative!: string | null;

  @Field(() => String, { nullable: true })
  contactPerson!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  postalAddress!: string | null;
}
