import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ClientAddress, Public } from '@gongkai/platform';
import { PublicAgenciesQuery } from '../public-agencies.query.js';

@ObjectType('PublicAgency', { description: '受理机关（公开信息：代码、名称、上级机关）' })
export class PublicAgencyType {
  @Field({ description: '机关代码：提交申请和查询公开统计时使用' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: '上级机关的代码；根机关为空' })
  parentCode!: string | null;
}

/** The public list of agencies, so applicants pick one instead of typing its code. Glue only. */
@Resolver()
export class PublicAgencyResolver {
  constructor(private readonly publicAgenciesQuery: PublicAgenciesQuery) {}

  @Public()
  @Query(() => [PublicAgencyType], {
    description:
      'Public (rate-limited): every agency that receives applications — code, name and parent code, in tree order (parents first).',
  })
  async publicAgencies(@ClientAddress() clientAddress: string): Promise<PublicAgencyType[]> {
    return (await this.publicAgenciesQuery.execute(clientAddress)).map((a) => ({ ...a }));
  }
}
