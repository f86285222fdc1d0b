import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { User } from '@gongkai/data';
import { ErrorCode, type Principal } from '@gongkai/platform';
import { DomainError } from '@gongkai/rules';
import { assertMayOversee, findAgencyOrFail } from './admin-scope.js';

export const USERS_MAX_PAGE = 100;

export interface ListUsersCommand {
  readonly principal: Principal;
  readonly agencyId: string;
  readonly first: number;
  /** `endCursor` of the previous page: the last e-mail seen (e-mails are unique). */
  readonly after: string | null;
}

/** The accounts of one agency by e-mail, keyset-paginated; admins any agency, supervisors their subtree. */
@Injectable()
export class ListUsersQuery {
  constructor(private readonly em: EntityManager) {}

  async execute(command: ListUsersCommand): Promise<{ users: User[]; hasNextPage: boolean }> {
    if (!Number.isInteger(command.first) || command.first < 1 || command.first > USERS_MAX_PAGE) {
      throw new DomainError(ErrorCode.BAD_REQUEST, `first must be 1–${USERS_MAX_PAGE}`, {
        field: 'first',
      });
    }
    const em = this.em.fork();
    const agency = await findAgencyOrFail(em, command.agencyId);
    await assertMayOversee(em, command.principal, agency);
    const rows = await em.find(
      User,
      { agency, ...(command.after === null ? {} : { email: { $gt: command.after } }) },
      { orderBy: { email: 'asc' }, limit: command.first + 1 },
    );
    return { users: rows.slice(0, command.first), hasNextPage: rows.length > command.first };
  }
}
