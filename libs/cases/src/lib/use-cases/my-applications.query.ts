import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Application } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import { decodeInstantCursor, encodeInstantCursor, ErrorCode } from '@gongkai/platform';

export interface MyApplicationsCommand {
  readonly applicantUserId: string;
  readonly first: number;
  /** `endCursor` of the previous page. */
  readonly after: string | null;
}

export interface MyApplicationsPage {
  readonly applications: readonly Application[];
  readonly startCursor: string | null;
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

export const MY_APPLICATIONS_MAX_PAGE = 100;

/**
 * The signed-in applicant's own applications (filed online while signed in), newest first, by
 * keyset on (createdAt, id): a page never shifts when new filings arrive.
 */
@Injectable()
export class MyApplicationsQuery {
  constructor(private readonly em: EntityManager) {}

  async execute(command: MyApplicationsCommand): Promise<MyApplicationsPage> {
    if (
      !Number.isInteger(command.first) ||
      command.first < 1 ||
      command.first > MY_APPLICATIONS_MAX_PAGE
    ) {
      throw new DomainError(ErrorCode.BAD_REQUEST, `first must be 1–${MY_APPLICATIONS_MAX_PAGE}`, {
        field: 'first',
      });
    }
    const after = command.after === null ? null : decodeInstantCursor(command.after);
    const rows = await this.em.fork().find(
      Application,
      {
        applicantUser: command.applicantUserId,
        ...(after
          ? {
              $or: [
                { createdAt: { $lt: after.at } },
                { createdAt: after.at, id: { $lt: after.id } },
              ],
            }
          : {}),
      },
      {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: command.first + 1,
        populate: ['agency'],
      },
    );
    const applications = rows.slice(0, command.first);
    const first = applications[0];
    const last = applications[applications.length - 1];
    return {
      applications,
      startCursor: first ? encodeInstantCursor(first.createdAt, first.id) : null,
      endCursor: last ? encodeInstantCursor(last.createdAt, last.id) : null,
      hasNextPage: rows.length > command.first,
    };
  }
}
