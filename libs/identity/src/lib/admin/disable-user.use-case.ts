import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, AuditEntry, RefreshToken, type User } from '@gongkai/data';
import { CLOCK, type Principal } from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { AccountStates } from '../account-states.service.js';
import { IdentityErrorCode } from '../identity-error-code.js';
import { findUserOrFail } from './find-user.js';

/**
 * Admin: the account can no longer sign in or refresh; every refresh token is revoked in the same
 * transaction, and an access token already issued is refused from the next request (AuthGuard
 * reads the account; other api processes within ACCOUNT_STATE_TTL_MS, 5 s). Idempotent.
 */
@Injectable()
export class DisableUserUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly accounts: AccountStates,
  ) {}

  async execute(command: { userId: string; principal: Principal }): Promise<User> {
    if (command.userId === command.principal.userId) {
      throw new DomainError(
        IdentityErrorCode.INVALID_INPUT,
        '不能停用自己的账户 (cannot disable yourself)',
        { field: 'userId', reason: 'SELF' },
      );
    }
    const disabled = await this.em.fork().transactional(async (em) => {
      const user = await findUserOrFail(em, command.userId);
      const now = this.clock.now();
      if (user.disabledAt == null) {
        user.disabledAt = now;
        em.persist(
          new AuditEntry({
            actorId: command.principal.userId,
            action: AuditAction.USER_DISABLED,
            now,
            targetUserId: user.id,
            agencyId: user.agency?.id ?? null,
          }),
        );
      }
      await em.nativeUpdate(RefreshToken, { user: user.id, revokedAt: null }, { revokedAt: now });
      return user;
    });
    this.accounts.forget(command.userId);
    return disabled;
  }
}
