import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType()
export class SendTestEmailInput {
  @Field({ description: 'Recipient address' })
  to!: string;
}

@ObjectType()
export class SendTestEmailPayload {
  @Field(() => ID, { description: 'The recorded message; the worker sends it.' })
  emailMessageId!: string;
}
