import { Field, InputType, ObjectType } from '@nestjs/graphql';
import type { User } from '@gongkai/data';
import type { SessionTokens } from '../session.service.js';
import { UserType } from './user.type.js';

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@InputType()
export class RegisterApplicantInput {
  @Field({ description: '登录邮箱' })
  email!: string;

  @Field({ description: '密码，10–128 个字符' })
  password!: string;

  @Field({ description: '姓名或名称（显示用）' })
  name!: string;
}

@InputType()
export class ConfirmApplicantSignupInput {
  @Field({ description: 'The token from the e-mailed link (after `#token=`).' })
  token!: string;

  @Field({ description: '注册时设置的密码' })
  password!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field({ description: '账户的登录邮箱' })
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the e-mailed link (after `#token=`).' })
  token!: string;

  @Field({ description: '新密码，10–128 个字符' })
  newPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field({ description: '当前密码' })
  currentPassword!: string;

  @Field({ description: '新密码，10–128 个字符' })
  newPassword!: string;
}

/**
 * A signed-in session: returned by `login`, `refreshSession`, `confirmApplicantSignup`,
 * `changePassword`.
 */
@ObjectType()
export class LoginPayload {
  @Field({ description: 'Bearer token for the Authorization header; valid 15 minutes.' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field({
    description:
      'Opaque; trade it for a new pair with refreshSession before it expires. Each one works once.',
  })
  refreshToken!: string;

  @Field()
  refreshTokenExpiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;

  static from(tokens: SessionTokens, user: User): LoginPayload {
    return Object.assign(new LoginPayload(), { ...tokens, user: UserType.from(user) });
  }
}
