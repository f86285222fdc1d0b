import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { verify } from 'argon2';
import { User } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import { AccessTokenService } from './access-token.service.js';

export interface LoginCommand {
  email: string;
  password: string;
}

export interface LoginResult {
  accessToken: string;
  expiresAt: Date;
  user: User;
}

// Verified when the e-mail is unknown, so both failures take the same time.
const DUMMY_HASH =
  '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$1kZ0s0l2Tz1WgBLjHRm2mB0Zt3cJ3XQ9sVt0Q5H0Y9o';

@Injectable()
export class LoginUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: AccessTokenService,
  ) {}

  async execute(command: LoginCommand): Promise<LoginResult> {
    const user = await this.em
      .fork()
      .findOne(
        User,
        { email: command.email.trim().toLowerCase(), disabledAt: null },
        { populate: ['passwordHash'] },
      );
    const ok = await verify(user?.passwordHash ?? DUMMY_HASH, command.password).catch(() => false);
    if (!user || !ok) {
      throw new DomainError(
        'AUTH.INVALID_CREDENTIALS',
        '邮箱或密码不正确 (wrong e-mail or password)',
      );
    }
    const { token, expiresAt } = await this.tokens.issue({
      userId: user.id,
      roles: user.roles,
      agencyId: user.agency?.id ?? null,
    });
    return { accessToken: token, expiresAt, user };
  }
}
