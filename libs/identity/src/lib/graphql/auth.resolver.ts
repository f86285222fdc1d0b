import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { User } from '@gongkai/data';
import { ClientAddress, CurrentPrincipal, type Principal, Public, Roles } from '@gongkai/platform';
import { LoginUseCase } from '../login.use-case.js';
import { LogoutUseCase } from '../logout.use-case.js';
import { RefreshSessionUseCase } from '../refresh-session.use-case.js';
import {
  ConfirmApplicantSignupUseCase,
  RegisterApplicantUseCase,
} from '../register-applicant.use-case.js';
import { ALL_ROLES } from '../roles.js';
import {
  ChangePasswordUseCase,
  RequestPasswordResetUseCase,
  ResetPasswordUseCase,
} from '../password.use-cases.js';
import {
  ChangePasswordInput,
  ConfirmApplicantSignupInput,
  LoginInput,
  LoginPayload,
  RegisterApplicantInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
} from './login.input.js';
import { UserType } from './user.type.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly loginUseCase: LoginUseCase,
    private readonly refreshSessionUseCase: RefreshSessionUseCase,
    private readonly logoutUseCase: LogoutUseCase,
    private readonly registerApplicantUseCase: RegisterApplicantUseCase,
    private readonly confirmApplicantSignupUseCase: ConfirmApplicantSignupUseCase,
    private readonly requestPasswordResetUseCase: RequestPasswordResetUseCase,
    private readonly resetPasswordUseCase: ResetPasswordUseCase,
    private readonly changePasswordUseCase: ChangePasswordUseCase,
    private readonly em: EntityManager,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, {
    description: 'Sign in; returns a short-lived access token and a refresh token.',
  })
  async login(
    @Args('input') input: LoginInput,
    @ClientAddress() clientAddress: string,
  ): Promise<LoginPayload> {
    const { tokens, user } = await this.loginUseCase.execute({ ...input, clientAddress });
    return LoginPayload.from(tokens, user);
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      'Public (the refresh token is the credential): a new access token and the next refresh token; the old one stops working.',
  })
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<LoginPayload> {
    const { tokens, user } = await this.refreshSessionUseCase.execute(refreshToken);
    return LoginPayload.from(tokens, user);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Public (the refresh token is the credential): sign out; every refresh token of the session stops working.',
  })
  async logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    await this.logoutUseCase.execute(refreshToken);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Public: ask for an applicant account. A link to open it (24 hours) is e-mailed to the address; the account exists once the link is used (confirmApplicantSignup). Always answers true for valid input, whether or not the address has an account (its owner is told so by e-mail). No account is needed to file or track an application.',
  })
  async registerApplicant(
    @Args('input') input: RegisterApplicantInput,
    @ClientAddress() clientAddress: string,
  ): Promise<boolean> {
    await this.registerApplicantUseCase.execute({ ...input, clientAddress });
    return true;
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      "Public (the link's token is the credential): open the applicant account of a sign-up, given the password chosen at sign-up, and sign in. A link works once.",
  })
  async confirmApplicantSignup(
    @Args('input') input: ConfirmApplicantSignupInput,
    @ClientAddress() clientAddress: string,
  ): Promise<LoginPayload> {
    const { tokens, user } = await this.confirmApplicantSignupUseCase.execute({
      ...input,
      clientAddress,
    });
    return LoginPayload.from(tokens, user);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Public: e-mail a one-time link (30 minutes) to set a new password. Always answers true, whether or not the address has an account.',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @ClientAddress() clientAddress: string,
  ): Promise<boolean> {
    await this.requestPasswordResetUseCase.execute({ ...input, clientAddress });
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Public (the link's token is the credential): set a new password; every session of the account ends.",
  })
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @ClientAddress() clientAddress: string,
  ): Promise<boolean> {
    await this.resetPasswordUseCase.execute({ ...input, clientAddress });
    return true;
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => LoginPayload, {
    description:
      'Change the password, proving the current one; every other session ends and this one continues with the returned tokens.',
  })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentPrincipal() principal: Principal,
    @ClientAddress() clientAddress: string,
  ): Promise<LoginPayload> {
    const { tokens, user } = await this.changePasswordUseCase.execute({
      ...input,
      userId: principal.userId,
      clientAddress,
    });
    return LoginPayload.from(tokens, user);
  }

  @Roles(...ALL_ROLES)
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@CurrentPrincipal() principal: Principal): Promise<UserType> {
    return UserType.from(await this.em.fork().findOneOrFail(User, principal.userId));
  }
}
