import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, AuditEntry, type Role, User } from '@gongkai/data';
import { CLOCK, hashPassword } from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';
import { checkedDisplayName, checkedEmail, checkedPassword } from '../account-input.js';
import { emailTaken } from '../register-applicant.use-case.js';
import { findAgencyOrFail } from './admin-scope.js';
import { checkedRoles } from './staff-roles.js';

export interface CreateUserCommand {
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly roles: readonly Role[];
  readonly agencyId: string | null;
  /** The admin creating it (the audit trail). */
  readonly actorId: string;
}

/** Admin: an account with its roles and agency, and an initial password to hand over. */
@Injectable()
export class CreateUserUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CreateUserCommand): Promise<User> {
    const email = checkedEmail(command.email);
    const displayName = checkedDisplayName(command.name);
    const password = checkedPassword(command.password);
    const em = this.em.fork();
    const agency = command.agencyId === null ? null : await findAgencyOrFail(em, command.agencyId);
    const roles = checkedRoles(command.roles, agency);
    if (await em.count(User, { email })) throw emailTaken();
    const user = new User({
      email,
      displayName,
      roles,
      agency,
      passwordHash: await hashPassword(password),
    });
    try {
      em.persist(user);
      em.persist(
        new AuditEntry({
          actorId: command.actorId,
          action: AuditAction.USER_CREATED,
          now: this.clock.now(),
          targetUserId: user.id,
          agencyId: agency?.id ?? null,
          changes: [{ field: 'roles', before: null, after: roles.join(',') }],
        }),
      );
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw emailTaken();
      throw error;
    }
    return user;
  }
}
