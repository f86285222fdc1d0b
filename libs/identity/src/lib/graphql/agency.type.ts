import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Agency } from '@gongkai/data';

@ObjectType('Agency', { description: '行政机关（树形：上级机关与下级机关）' })
export class AgencyType {
  @Field(() => ID)
  id!: string;

  @Field({ description: '机关代码，登记号的前缀' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int, { description: '层级：根机关为 0' })
  depth!: number;

  static from(agency: Agency): AgencyType {
    return Object.assign(new AgencyType(), {
      id: agency.id,
      code: agency.code,
      name: agency.name,
      parentId: agency.parent?.id ?? null,
      depth: agency.path.split('/').length - 3,
    });
  }
}
