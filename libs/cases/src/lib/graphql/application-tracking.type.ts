import { Field, ObjectType } from '@nestjs/graphql';
import { ApplicationEventType } from '@gongkai/data';
import { LocalDateScalar } from '@gongkai/platform';
import { ApplicationStatus } from '@gongkai/rules';
import './enums.js';

@ObjectType({ description: '申请人可见的一个办理事件' })
export class TrackingEvent {
  @Field(() => ApplicationEventType)
  type!: ApplicationEventType;

  @Field()
  label!: string;

  @Field()
  occurredAt!: Date;
}

@ObjectType({ description: '申请人凭登记号和查询码看到的办理进度' })
export class ApplicationTracking {
  @Field()
  trackingNumber!: string;

  @Field()
  agencyName!: string;

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus;

  @Field()
  statusLabel!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  receivedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  replyDueOn!: string | null;

  @Field()
  provisional!: boolean;

  @Field(() => [TrackingEvent])
  timeline!: TrackingEvent[];
}
