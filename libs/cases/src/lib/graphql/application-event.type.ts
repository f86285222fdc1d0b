import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApplicationEventType, EventActorKind } from '@gongkai/data';
import './enums.js';

@ObjectType('ApplicationEvent', { description: '办理过程中的一个事件（只增不改）' })
export class ApplicationEventView {
  @Field(() => ID)
  id!: string;

  @Field(() => ApplicationEventType)
  type!: ApplicationEventType;

  @Field()
  label!: string;

  @Field(() => EventActorKind)
  actorKind!: EventActorKind;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field()
  occurredAt!: Date;
}
