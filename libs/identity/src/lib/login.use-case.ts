import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { User } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import {
  hashPassword,
  passwordNeedsRehash,
  RateLimitService,
  verifyPassword,
} from '@gongkai/platform';
import { IdentityErrorCode } from './identity-error-code.js';
import { SessionService, type SessionTokens } from './session.service.js';

export interface LoginCommand {
  email: string;
  password: string;
  /** The caller's address, for the brute-force limits. */
  clientAddress: string;
}

export interface LoginResult {
  tokens: SessionTokens;
  user: User;
}

// Verified when the e-mail is unknown, so both failures cost the same argon2 work.
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

@Injectable()
export class LoginUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly limits: RateLimitService,
  ) {}

  async execute(command: LoginCommand): Promise<LoginResult> {
    const account = command.email.trim().toLowerCase();
    // Blocked accounts and addresses are refused before any password is checked.
    await this.limits.assertNotBlocked('loginFailuresPerAccount', account);
    await this.limits.assertNotBlocked('loginFailuresPerAddress', command.clientAddress);
    const em = this.em.fork();
    const user = await em.findOne(
      User,
      { email: account, disabledAt: null },
      { populate: ['passwordHash'] },
    );
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), command.password);
    if (!user || !ok) {
      await this.limits.consume('loginFailuresPerAccount', account);
      await this.limits.consume('loginFailuresPerAddress', command.clientAddress);
      throw new DomainError(
        IdentityErrorCode.INVALID_CREDENTIALS,
        '邮箱或密码不正确 (wrong e-mail or password)',
      );
    }
    await this.limits.reset('loginFailuresPerAccount', account);
    // A hash from before the current parameters is replaced now that the password is known.
    if (passwordNeedsRehash(user.passwordHash)) {
      user.passwordHash = await hashPassword(command.password);
    }
    const tokens = await this.sessions.issue(em, user);
    await em.flush();
    return { tokens, user };
  }
}
