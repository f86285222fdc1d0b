import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { UserType } from './user.type.js';

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field()
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}
