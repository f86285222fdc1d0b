import { Field, InputType } from '@nestjs/graphql';
import { IdentityDocumentType } from '@gongkai/data';
import { ApplicantKind } from '@gongkai/rules';
import './enums.js';

@InputType({ description: '申请人信息（条例第二十九条第二款第一项）' })
export class ApplicantInput {
  @Field(() => ApplicantKind)
  kind!: ApplicantKind;

  @Field(() => String, { nullable: true, description: '姓名；自然人必填' })
  name?: string | null;

  @Field(() => IdentityDocumentType, { nullable: true, description: '身份证明种类；自然人必填' })
  idType?: IdentityDocumentType | null;

  @Field(() => String, {
    nullable: true,
    description: '身份证明号码；自然人必填。加密存储，输出时脱敏',
  })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '名称；法人或其他组织必填' })
  organisationName?: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码；法人或其他组织必填' })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: '法定代表人或负责人' })
  legalRepresentative?: string | null;

  @Field(() => String, { nullable: true, description: '联系人' })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话（手机或带区号的固定电话）' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '电子邮箱' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: '通信地址' })
  postalAddress?: string | null;
}
