import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Role, User } from '@gongkai/data';
import { hashPassword, RateLimitService } from '@gongkai/platform';
import { DomainError } from '@gongkai/rules';
import { checkedDisplayName, checkedEmail, checkedPassword } from './account-input.js';
import { IdentityErrorCode } from './identity-error-code.js';
import { SessionService, type SessionTokens } from './session.service.js';

export interface RegisterApplicantCommand {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly clientAddress: string;
}

export function emailTaken(): DomainError {
  return new DomainError(IdentityErrorCode.EMAIL_TAKEN, '该邮箱已注册 (e-mail already registered)');
}

/**
 * Anyone may open an applicant account (public, limited per address); nobody needs one to file
 * or track. The new account is signed in at once.
 */
@Injectable()
export class RegisterApplicantUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly limits: RateLimitService,
  ) {}

  async execute(command: RegisterApplicantCommand): Promise<{ tokens: SessionTokens; user: User }> {
    // Every attempt counts, so the limit also slows probing for registered addresses.
    await this.limits.consume('registerApplicantPerAddress', command.clientAddress);
    const email = checkedEmail(command.email);
    const password = checkedPassword(command.password);
    const displayName = checkedDisplayName(command.name);
    const em = this.em.fork();
    if (await em.count(User, { email })) throw emailTaken();
    const user = new User({
      email,
      displayName,
      roles: [Role.APPLICANT],
      passwordHash: await hashPassword(password),
    });
    try {
      return await em.transactional(async (tx) => {
        tx.persist(user);
        const tokens = await this.sessions.issue(tx, user);
        return { tokens, user };
      });
    } catch (error) {
      // Two sign-ups with one address raced past the check above.
      if (error instanceof UniqueConstraintViolationException) throw emailTaken();
      throw error;
    }
  }
}
