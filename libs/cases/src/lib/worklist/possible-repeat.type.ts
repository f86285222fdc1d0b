import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { ApplicationStatus } from '@gongkai/rules';
import '../graphql/enums.js';

@ObjectType('PossibleRepeat', {
  description:
    '同一申请人（自然人按身份证件号码的密钥散列、组织按统一社会信用代码匹配）此前向本机关提出的内容相近的申请',
})
export class PossibleRepeatType {
  @Field(() => ID)
  id!: string;

  @Field()
  trackingNumber!: string;

  @Field(() => LocalDateScalar)
  arrivedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  receivedOn!: string | null;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field()
  description!: string;

  @Field(() => Float, { description: '所需信息描述的相似度（pg_trgm，0–1）' })
  similarity!: number;
}

@ObjectType('MonthlyFilings', {
  description:
    '同一申请人当月（自然月，按到达之日）向本机关提出的申请件数；超过免费件数时可能收取信息处理费',
})
export class MonthlyFilingsType {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: '当月全部件数' })
  count!: number;

  @Field(() => Int, { description: '本申请是当月第几件' })
  ordinal!: number;

  @Field(() => Int, { description: '按件计收时每月免费的件数' })
  freePerMonth!: number;

  @Field({ description: '按件计收时本申请落在收费档（国办函〔2020〕109号）' })
  feeMayApply!: boolean;
}

@ObjectType('UserSummary')
export class UserSummaryType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}
