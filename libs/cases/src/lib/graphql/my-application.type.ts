import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { ApplicationStatus } from '@gongkai/rules';
import { PageInfoType } from '../worklist/application-connection.type.js';
import './enums.js';

@ObjectType({ description: '申请人账户下的一件申请（仅本人可见的进度信息）' })
export class MyApplication {
  @Field()
  trackingNumber!: string;

  @Field()
  agencyName!: string;

  @Field({ description: '所申请的信息（本人填写的内容）' })
  description!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field()
  statusLabel!: string;

  @Field(() => LocalDateScalar, { description: '提交之日' })
  submittedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  receivedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  replyDueOn!: string | null;

  @Field()
  provisional!: boolean;
}

@ObjectType()
export class MyApplicationConnection {
  @Field(() => [MyApplication])
  nodes!: MyApplication[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
