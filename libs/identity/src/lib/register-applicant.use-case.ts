import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicantSignup, OutboxMessage, Role, User } from '@gongkai/data';
import {
  CLOCK,
  DataProtection,
  hashPassword,
  linkTokenId,
  RateLimitService,
  verifyPassword,
} from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
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

function wrongSignupPassword(): DomainError {
  return new DomainError(
    IdentityErrorCode.WRONG_SIGNUP_PASSWORD,
    '密码与注册时设置的不一致 (not the password chosen at sign-up)',
  );
}

function invalidSignupToken(): DomainError {
  return new DomainError(
    IdentityErrorCode.INVALID_SIGNUP_TOKEN,
    '注册确认链接无效、已过期或已使用 (sign-up link invalid, expired or used)',
  );
}

/**
 * Anyone may ask for an applicant account (public, limited per client and per e-mail address);
 * nobody needs one to file or track. Nothing is opened yet: the sign-up is stored with the
 * password's hash and a link is e-mailed to the address (`mail.applicant-signup`), which opens
 * the account when it comes back with that password. The answer, and the work behind it, is
 * the same whether or not the address has an account (OWASP Authentication: account
 * registration), so it reveals nothing; the address's owner learns it from the mail, which then
 * says no second account was opened.
 */
@Injectable()
export class RegisterApplicantUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: RateLimitService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RegisterApplicantCommand): Promise<void> {
    // Every attempt counts, so the limits also slow probing and mail-bombing an address.
    await this.limits.consume('registerApplicantPerAddress', command.clientAddress);
    const email = checkedEmail(command.email);
    const password = checkedPassword(command.password);
    const displayName = checkedDisplayName(command.name);
    await this.limits.consume('registerApplicantPerEmail', email);
    const passwordHash = await hashPassword(password);
    const now = this.clock.now();
    await this.em.fork().transactional(async (tx) => {
      const signup = new ApplicantSignup({ email, displayName, passwordHash, now });
      tx.persist(signup);
      tx.persist(OutboxMessage.create('mail.applicant-signup', { signupId: signup.id }, now));
    });
  }
}

/**
 * Opens the account of a sign-up with its link's token and the password chosen at sign-up (public:
 * the token, sent only to the address, is the credential, and the password proves that whoever
 * holds it asked for the account: a link to an address somebody else signed up cannot open an
 * account for them, nor can a mail scanner that follows links). Signs the new account in.
 * The sign-up, and every other pending one of the address, is deleted in the same transaction,
 * so a link works once; a retry whose answer was lost is refused like a used link and the
 * applicant signs in instead. An address that has an account by then is refused with
 * `ACCOUNT.EMAIL_TAKEN`: only its owner, who reads the mail, can get that far.
 */
@Injectable()
export class ConfirmApplicantSignupUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionService,
    private readonly limits: RateLimitService,
    private readonly protection: DataProtection,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: {
    token: string;
    password: string;
    clientAddress: string;
  }): Promise<{ tokens: SessionTokens; user: User }> {
    await this.limits.consume('confirmSignupPerAddress', command.clientAddress);
    const id = linkTokenId(this.protection, 'applicant-signup', command.token);
    if (!id) throw invalidSignupToken();
    const em = this.em.fork();
    // The password is checked before any lock is taken: argon2 takes its time.
    const found = await em.findOne(ApplicantSignup, id, { populate: ['passwordHash'] });
    if (!found || found.expiresAt <= this.clock.now()) throw invalidSignupToken();
    if (!(await verifyPassword(found.passwordHash, command.password))) throw wrongSignupPassword();
    try {
      return await em.transactional(async (tx) => {
        // Every sign-up of the address, locked in one order: two of its links used at once
        // queue here instead of deadlocking, and the second finds its row gone.
        const pending = await tx.find(
          ApplicantSignup,
          { email: found.email },
          { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
        );
        if (!pending.some((signup) => signup.id === id)) throw invalidSignupToken();
        if (await tx.count(User, { email: found.email })) throw emailTaken();
        const user = new User({
          email: found.email,
          displayName: found.displayName,
          roles: [Role.APPLICANT],
          passwordHash: found.passwordHash,
        });
        tx.persist(user);
        await tx.nativeDelete(ApplicantSignup, { email: found.email });
        const tokens = await this.sessions.issue(tx, user);
        return { tokens, user };
      });
    } catch (error) {
      // An account with the address committed meanwhile (an administrator's, say).
      if (error instanceof UniqueConstraintViolationException) throw emailTaken();
      throw error;
    }
  }
}

/**
 * Deletes the sign-ups whose link has expired unused (the worker's daily
 * `accounts.purge-expired-signups`): an address, a name and a password hash are kept no longer
 * than the link could open an account. One statement, whatever the number of rows.
 */
@Injectable()
export class PurgeExpiredSignupsUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** How many were deleted. */
  async execute(): Promise<number> {
    return this.em.fork().nativeDelete(ApplicantSignup, { expiresAt: { $lte: this.clock.now() } });
  }
}
