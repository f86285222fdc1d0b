import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { User } from '@gongkai/data';
import { ClientAddress, CurrentPrincipal, type Principal, Public, Roles } from '@gongkai/platform';
import { LoginUseCase } from '../login.use-case.js';
import { ALL_ROLES } from '../roles.js';
import { LoginInput, LoginPayload } from './login.input.js';
import { UserType } from './user.type.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly loginUseCase: LoginUseCase,
    private readonly em: EntityManager,
  ) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Sign in; returns a short-lived access token.' })
  async login(
    @Args('input') input: LoginInput,
    @ClientAddress() clientAddress: string,
  ): Promise<LoginPayload> {
    const result = await this.loginUseCase.execute({ ...input, clientAddress });
    return {
      accessToken: result.accessToken,
      expiresAt: result.expiresAt,
      user: UserType.from(result.user),
    };
  }

  @Roles(...ALL_ROLES)
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@CurrentPrincipal() principal: Principal): Promise<UserType> {
    return UserType.from(await this.em.fork().findOneOrFail(User, principal.userId));
  }
}
