import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@gongkai/data';
import { CurrentPrincipal, encodeInstantCursor, type Principal, Roles } from '@gongkai/platform';
import { CreateAgencyUseCase } from '../admin/create-agency.use-case.js';
import { CreateUserUseCase } from '../admin/create-user.use-case.js';
import { DisableUserUseCase } from '../admin/disable-user.use-case.js';
import { FindUserByEmailQuery } from '../admin/find-user-by-email.query.js';
import { ListAuditEntriesQuery } from '../admin/list-audit-entries.query.js';
import { ListAgenciesQuery } from '../admin/list-agencies.query.js';
import { ListUsersQuery } from '../admin/list-users.query.js';
import { UpdateUserRolesUseCase } from '../admin/update-user-roles.use-case.js';
import {
  CreateAgencyInput,
  CreateUserInput,
  DisableUserInput,
  UpdateUserRolesInput,
  UserConnection,
} from './admin.input.js';
import { AgencyType } from './agency.type.js';
import { AuditEntryConnection, AuditEntryType } from './audit-entry.type.js';
import { UserType } from './user.type.js';

/** Agencies and accounts. Glue only: the use cases check input and scope. */
@Resolver()
export class AdminResolver {
  constructor(
    private readonly listAgenciesQuery: ListAgenciesQuery,
    private readonly listUsersQuery: ListUsersQuery,
    private readonly createAgencyUseCase: CreateAgencyUseCase,
    private readonly createUserUseCase: CreateUserUseCase,
    private readonly disableUserUseCase: DisableUserUseCase,
    private readonly updateUserRolesUseCase: UpdateUserRolesUseCase,
    private readonly listAuditEntriesQuery: ListAuditEntriesQuery,
    private readonly findUserByEmailQuery: FindUserByEmailQuery,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description:
      'Admin: who changed agencies, accounts, passwords and the working calendar, newest first, keyset-paginated; optionally of one actor, one changed account or one agency.',
  })
  async auditEntries(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('actorId', { type: () => ID, nullable: true }) actorId: string | null,
    @Args('targetUserId', { type: () => ID, nullable: true }) targetUserId: string | null,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId: string | null,
  ): Promise<AuditEntryConnection> {
    const { entries, hasNextPage } = await this.listAuditEntriesQuery.execute({
      first,
      after: after ?? null,
      actorId: actorId ?? null,
      targetUserId: targetUserId ?? null,
      agencyId: agencyId ?? null,
    });
    const last = entries[entries.length - 1];
    return {
      nodes: entries.map((e) => AuditEntryType.from(e)),
      pageInfo: {
        endCursor: last ? encodeInstantCursor(last.occurredAt, last.id) : null,
        hasNextPage,
      },
    };
  }

  @Roles(Role.ADMIN, Role.SUPERVISOR)
  @Query(() => [AgencyType], {
    description:
      'Admin: every agency; supervisor: their agency and those below it. In tree order (parents first).',
  })
  async agencies(@CurrentPrincipal() principal: Principal): Promise<AgencyType[]> {
    return (await this.listAgenciesQuery.execute(principal)).map((a) => AgencyType.from(a));
  }

  @Roles(Role.ADMIN, Role.SUPERVISOR)
  @Query(() => UserConnection, {
    description:
      'Admin: the accounts of any agency; supervisor: of their agency or one below it. By e-mail, keyset-paginated.',
  })
  async users(
    @CurrentPrincipal() principal: Principal,
    @Args('agencyId', { type: () => ID }) agencyId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<UserConnection> {
    const { users, hasNextPage } = await this.listUsersQuery.execute({
      principal,
      agencyId,
      first,
      after: after ?? null,
    });
    return {
      nodes: users.map((u) => UserType.from(u)),
      pageInfo: { endCursor: users[users.length - 1]?.email ?? null, hasNextPage },
    };
  }

  @Roles(Role.ADMIN)
  @Query(() => UserType, {
    nullable: true,
    description:
      'Admin: the account with this e-mail (any agency, or none), null when there is none; e.g. to filter the audit trail by an address.',
  })
  async userByEmail(@Args('email') email: string): Promise<UserType | null> {
    const user = await this.findUserByEmailQuery.execute(email);
    return user ? UserType.from(user) : null;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => AgencyType, {
    description: 'Admin: a new agency, at the root or under a parent.',
  })
  async createAgency(
    @Args('input') input: CreateAgencyInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AgencyType> {
    const agency = await this.createAgencyUseCase.execute({
      code: input.code,
      name: input.name,
      parentId: input.parentId ?? null,
      actorId: principal.userId,
    });
    return AgencyType.from(agency);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType, {
    description: 'Admin: a new account with its roles, agency and initial password.',
  })
  async createUser(
    @Args('input') input: CreateUserInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserType> {
    const user = await this.createUserUseCase.execute({
      ...input,
      agencyId: input.agencyId ?? null,
      actorId: principal.userId,
    });
    return UserType.from(user);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType, {
    description: 'Admin: the account can no longer sign in; its sessions end. Idempotent.',
  })
  async disableUser(
    @Args('input') input: DisableUserInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserType> {
    return UserType.from(
      await this.disableUserUseCase.execute({ userId: input.userId, principal }),
    );
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserType, { description: "Admin: replace an account's roles and agency." })
  async updateUserRoles(
    @Args('input') input: UpdateUserRolesInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UserType> {
    const user = await this.updateUserRolesUseCase.execute({
      ...input,
      agencyId: input.agencyId ?? null,
      principal,
    });
    return UserType.from(user);
  }
}
