import { Field, ObjectType } from '@nestjs/graphql';
import { ApplicationType } from '../graphql/application.type.js';

@ObjectType('PageInfo', { description: 'Relay 分页信息' })
export class PageInfoType {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: '是否传入了 after（本查询不向前翻页）' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '下一页的 after' })
  endCursor!: string | null;
}

@ObjectType('ApplicationEdge')
export class ApplicationEdgeType {
  @Field({ description: '不透明的翻页游标' })
  cursor!: string;

  @Field(() => ApplicationType)
  node!: ApplicationType;
}

@ObjectType('ApplicationConnection', { description: '工作台：申请列表（游标分页）' })
export class ApplicationConnectionType {
  @Field(() => [ApplicationEdgeType])
  edges!: ApplicationEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
