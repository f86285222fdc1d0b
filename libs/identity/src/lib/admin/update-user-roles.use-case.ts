import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, AuditEntry, Role, type User } from '@gongkai/data';
import { CLOCK, type Principal } from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { AccountStates } from '../account-states.service.js';
import { IdentityErrorCode } from '../identity-error-code.js';
import { findAgencyOrFail } from './admin-scope.js';
import { findUserOrFail } from './find-user.js';
import { checkedRoles } from './staff-roles.js';

export interface UpdateUserRolesCommand {
  readonly userId: string;
  readonly roles: readonly Role[];
  /** The agency the roles apply in; null for an applicant-only account. */
  readonly agencyId: string | null;
  readonly principal: Principal;
}

/**
 * Admin: replaces an account's roles and agency. The next request with a token already issued
 * acts with the new roles (AuthGuard reads the account), and so does the next refresh.
 */
@Injectable()
export class UpdateUserRolesUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly accounts: AccountStates,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: UpdateUserRolesCommand): Promise<User> {
    const em = this.em.fork();
    const user = await findUserOrFail(em, command.userId);
    const agency = command.agencyId === null ? null : await findAgencyOrFail(em, command.agencyId);
    const roles = checkedRoles(command.roles, agency);
    // An admin cannot remove their own admin role: the last admin would lock everyone out.
    if (command.userId === command.principal.userId && !roles.includes(Role.ADMIN)) {
      throw new DomainError(
        IdentityErrorCode.INVALID_INPUT,
        '不能取消自己的管理员角色 (cannot drop your own admin role)',
        { field: 'roles', reason: 'SELF' },
      );
    }
    const before = { roles: user.roles.join(','), agencyId: user.agency?.id ?? null };
    user.roles = roles;
    user.agency = agency ? ref(agency) : null;
    const changes = [
      { field: 'roles', before: before.roles, after: roles.join(',') },
      { field: 'agencyId', before: before.agencyId, after: agency?.id ?? null },
    ].filter((c) => c.before !== c.after);
    if (changes.length > 0) {
      em.persist(
        new AuditEntry({
          actorId: command.principal.userId,
          action: AuditAction.USER_ROLES_CHANGED,
          now: this.clock.now(),
          targetUserId: user.id,
          agencyId: agency?.id ?? before.agencyId,
          changes,
        }),
      );
    }
    await em.flush();
    this.accounts.forget(command.userId);
    return user;
  }
}
