import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Application } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import { ErrorCode } from '@gongkai/platform';

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
    const after = command.after === null ? null : decodeCursor(command.after);
    const rows = await this.em.fork().find(
      Application,
      {
        applicantUser: command.applicantUserId,
        ...(after
          ? {
              $or: [
                { createdAt: { $lt: after.createdAt } },
                { createdAt: after.createdAt, id: { $lt: after.id } },
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
      startCursor: first ? encodeCursor(first) : null,
      endCursor: last ? encodeCursor(last) : null,
      hasNextPage: rows.length > command.first,
    };
  }
}

function encodeCursor(application: Application): string {
  return Buffer.from(`${application.createdAt.toISOString()}|${application.id}`).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [instant, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(instant ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new DomainError(ErrorCode.BAD_REQUEST, 'after is not a cursor of this list', {
      field: 'after',
    });
  }
  return { createdAt, id };
}
