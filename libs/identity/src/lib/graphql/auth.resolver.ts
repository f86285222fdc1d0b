import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { User } from '@gongkai/data';
import { ClientAddress, CurrentPrincipal, type Principal, Public, Roles } from '@gongkai/platform';
import { LoginUseCase } from '../login.use-case.js';
import { LogoutUseCase } from '../logout.use-case.js';
import { RefreshSessionUseCase } from '../refresh-session.use-case.js';
import { RegisterApplicantUseCase } from '../register-applicant.use-case.js';
import { ALL_ROLES } from '../roles.js';
import { LoginInput, LoginPayload, RegisterApplicantInput } from './login.input.js';
import { UserType } from './user.type.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly loginUseCase: LoginUseCase,
    private readonly refreshSessionUseCase: RefreshSessionUseCase,
    private readonly logoutUseCase: LogoutUseCase,
    private readonly registerApplicantUseCase: RegisterApplicantUseCase,
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
  @Mutation(() => LoginPayload, {
    description:
      'Public: open an applicant account and sign in. No account is needed to file or track an application.',
  })
  async registerApplicant(
    @Args('input') input: RegisterApplicantInput,
    @ClientAddress() clientAddress: string,
  ): Promise<LoginPayload> {
    const { tokens, user } = await this.registerApplicantUseCase.execute({
      ...input,
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
