import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import {
  AuditAction,
  AuditEntry,
  OutboxMessage,
  type OutboxTopics,
  PASSWORD_RESET_VALID_MINUTES,
  PasswordReset,
  RefreshToken,
  User,
} from '@gongkai/data';
import {
  CLOCK,
  DataProtection,
  deterministicUuid,
  hashPassword,
  linkTokenId,
  RateLimitService,
  verifyPassword,
} from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { AccountStates } from './account-states.service.js';
import { checkedEmail, checkedPassword } from './account-input.js';
import { IdentityErrorCode } from './identity-error-code.js';
import { SessionService, type SessionTokens } from './session.service.js';

function invalidResetToken(): DomainError {
  return new DomainError(
    IdentityErrorCode.INVALID_RESET_TOKEN,
    '重置密码链接无效或已过期，请重新申请 (reset link invalid, expired or used)',
  );
}

/**
 * A new password takes effect everywhere at once, in the caller's transaction: the hash, a raised
 * credentials version (access tokens issued before are refused), every refresh token revoked, and
 * every pending reset link of the account stopped.
 */
async function setPassword(
  em: EntityManager,
  user: User,
  hash: string,
  now: Date,
  action: AuditAction.PASSWORD_RESET | AuditAction.PASSWORD_CHANGED,
): Promise<void> {
  user.passwordHash = hash;
  user.credentialsVersion += 1;
  em.persist(
    new AuditEntry({
      actorId: user.id,
      action,
      now,
      targetUserId: user.id,
      agencyId: user.agency?.id ?? null,
    }),
  );
  await em.nativeUpdate(RefreshToken, { user: user.id, revokedAt: null }, { revokedAt: now });
  await supersedeResets(em, user.id, now);
}

/** Stops the account's reset links that are still pending (the caller's transaction). */
async function supersedeResets(em: EntityManager, userId: string, now: Date): Promise<void> {
  await em.nativeUpdate(
    PasswordReset,
    { user: userId, usedAt: null, supersededAt: null },
    { supersededAt: now },
  );
}

/**
 * "Forgot my password" (public): e-mails a one-time link to the account's address. The answer is
 * the same whether or not the address has an account, so it reveals nothing; both limits count
 * every attempt. The request also takes the same path and time for every address (no timing
 * tells an account apart, OWASP Forgot Password): after the limits and the address check it
 * writes one outbox row with the address and nothing else; the worker looks the account up
 * (`IssuePasswordResetUseCase`).
 */
@Injectable()
export class RequestPasswordResetUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: RateLimitService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: { email: string; clientAddress: string }): Promise<void> {
    await this.limits.consume('passwordResetRequestsPerAddress', command.clientAddress);
    const email = checkedEmail(command.email);
    await this.limits.consume('passwordResetRequestsPerAccount', email);
    const now = this.clock.now();
    await this.em.fork().transactional(async (tx) => {
      tx.persist(OutboxMessage.create('account.password-reset-requested', { email }, now));
    });
  }
}

/**
 * The worker's half of "forgot my password", for one `account.password-reset-requested` outbox
 * row: an enabled account with the address gets a new link (its earlier links stop; the link's
 * 30 minutes count from now) and its `mail.password-reset` outbox row; any other address gets
 * nothing. Either way the address is erased from the row, which is stamped `delivered_at`.
 * Once per row: the row is locked and a handled row is left alone, and the reset's id derives
 * from the row's, so a retried or doubled delivery creates no second link and no second mail.
 */
@Injectable()
export class IssuePasswordResetUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Whether a link was issued (false: no enabled account, or the row was handled already). */
  async execute(command: { outboxMessageId: string }): Promise<boolean> {
    return this.em.fork().transactional(async (tx) => {
      const request = await tx.findOne(
        OutboxMessage,
        { id: command.outboxMessageId, topic: 'account.password-reset-requested' },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!request || request.deliveredAt) return false;
      const { email } = request.payload as OutboxTopics['account.password-reset-requested'];
      const now = this.clock.now();
      // Not needed any longer: handled rows are kept (operations.md), the address is not.
      request.payload = {};
      request.deliveredAt = now;
      const user = await tx.findOne(User, { email, disabledAt: null });
      if (!user) return false;
      await supersedeResets(tx, user.id, now);
      const reset = new PasswordReset({
        id: deterministicUuid(`outbox:${request.id}:password-reset`),
        userId: user.id,
        now,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_VALID_MINUTES * 60_000),
      });
      tx.persist(reset);
      tx.persist(OutboxMessage.create('mail.password-reset', { passwordResetId: reset.id }, now));
      return true;
    });
  }
}

/**
 * Sets a new password with a reset link's token (public: the token is the credential). Signs the
 * account out everywhere and lifts a sign-in block. Repeating a request that succeeded, with the
 * same token and password, answers the same; anything else with a used token is refused.
 */
@Injectable()
export class ResetPasswordUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: RateLimitService,
    private readonly protection: DataProtection,
    private readonly accounts: AccountStates,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: {
    token: string;
    newPassword: string;
    clientAddress: string;
  }): Promise<void> {
    await this.limits.consume('resetPasswordPerAddress', command.clientAddress);
    const password = checkedPassword(command.newPassword);
    const id = linkTokenId(this.protection, 'password-reset', command.token);
    if (!id) throw invalidResetToken();
    const hash = await hashPassword(password);
    const changed = await this.em.fork().transactional(async (tx) => {
      const reset = await tx.findOne(PasswordReset, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const user = reset && (await tx.findOne(User, { id: reset.user.id, disabledAt: null }));
      if (!reset || !user || reset.supersededAt !== null) throw invalidResetToken();
      if (reset.usedAt !== null) {
        // A retry of the request that used it (the answer was lost): the same password is set.
        const current = await tx.findOneOrFail(User, user.id, { populate: ['passwordHash'] });
        if (await verifyPassword(current.passwordHash, password)) return null;
        throw invalidResetToken();
      }
      const now = this.clock.now();
      if (reset.expiresAt <= now) throw invalidResetToken();
      // Marked used first, so it is not among the pending links the new password stops.
      reset.usedAt = now;
      await tx.flush();
      await setPassword(tx, user, hash, now, AuditAction.PASSWORD_RESET);
      return user;
    });
    if (changed === null) return;
    this.accounts.forget(changed.id);
    await this.limits.reset('loginFailuresPerAccount', changed.email);
  }
}

/**
 * A signed-in user changes the password, proving the current one (a wrong one counts as a failed
 * sign-in). Every other session ends; the caller gets a new one.
 */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: RateLimitService,
    private readonly sessions: SessionService,
    private readonly accounts: AccountStates,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: {
    userId: string;
    currentPassword: string;
    newPassword: string;
    clientAddress: string;
  }): Promise<{ tokens: SessionTokens; user: User }> {
    const em = this.em.fork();
    const user = await em.findOneOrFail(
      User,
      { id: command.userId, disabledAt: null },
      { populate: ['passwordHash'] },
    );
    await this.limits.assertNotBlocked('loginFailuresPerAccount', user.email);
    if (!(await verifyPassword(user.passwordHash, command.currentPassword))) {
      await this.limits.consume('loginFailuresPerAccount', user.email);
      await this.limits.consume('loginFailuresPerAddress', command.clientAddress);
      throw new DomainError(
        IdentityErrorCode.WRONG_CURRENT_PASSWORD,
        '当前密码不正确 (wrong current password)',
      );
    }
    const hash = await hashPassword(checkedPassword(command.newPassword));
    const tokens = await em.transactional(async (tx) => {
      await setPassword(tx, user, hash, this.clock.now(), AuditAction.PASSWORD_CHANGED);
      return this.sessions.issue(tx, user);
    });
    this.accounts.forget(user.id);
    return { tokens, user };
  }
}
