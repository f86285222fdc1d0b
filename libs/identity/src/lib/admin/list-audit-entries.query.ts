import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditChange } from '@gongkai/data';
import { decodeInstantCursor, ErrorCode } from '@gongkai/platform';
import { DomainError, isUuid } from '@gongkai/rules';

export const AUDIT_MAX_PAGE = 100;

export interface ListAuditEntriesCommand {
  readonly first: number;
  /** `endCursor` of the previous page. */
  readonly after: string | null;
  readonly actorId: string | null;
  readonly targetUserId: string | null;
  readonly agencyId: string | null;
}

/** One entry as listed: the accounts' e-mails and the agency's code read now, by join. */
export interface AuditEntryRow {
  readonly id: string;
  readonly occurredAt: Date;
  readonly action: AuditAction;
  readonly actorId: string;
  readonly actorEmail: string | null;
  readonly targetUserId: string | null;
  readonly targetEmail: string | null;
  readonly agencyId: string | null;
  readonly agencyCode: string | null;
  readonly changes: AuditChange[];
}

function invalid(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.BAD_REQUEST, message, { field });
}

function checkedId(field: string, value: string | null): string | null {
  if (value !== null && !isUuid(value)) throw invalid(field, `${field} 不是有效的 ID`);
  return value;
}

/**
 * Admin: the audit trail, newest first, keyset-paginated over `(occurred_at, id)`, optionally of
 * one actor, one changed account or one agency. One statement per page.
 */
@Injectable()
export class ListAuditEntriesQuery {
  constructor(private readonly em: EntityManager) {}

  async execute(
    command: ListAuditEntriesCommand,
  ): Promise<{ entries: AuditEntryRow[]; hasNextPage: boolean }> {
    if (!Number.isInteger(command.first) || command.first < 1 || command.first > AUDIT_MAX_PAGE) {
      throw invalid('first', `first must be 1–${AUDIT_MAX_PAGE}`);
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const filter = (column: string, field: string, value: string | null) => {
      if (checkedId(field, value) === null) return;
      where.push(`e."${column}" = ?`);
      params.push(value);
    };
    filter('actor_id', 'actorId', command.actorId);
    filter('target_user_id', 'targetUserId', command.targetUserId);
    filter('agency_id', 'agencyId', command.agencyId);
    if (command.after !== null) {
      const cursor = decodeInstantCursor(command.after);
      where.push(`(e."occurred_at", e."id") < (?::timestamptz, ?::uuid)`);
      params.push(cursor.at, cursor.id);
    }
    const rows = await this.em
      .fork()
      .getConnection()
      .execute<
        {
          id: string;
          occurred_at: Date;
          action: AuditAction;
          actor_id: string;
          actor_email: string | null;
          target_user_id: string | null;
          target_email: string | null;
          agency_id: string | null;
          agency_code: string | null;
          changes: AuditChange[];
        }[]
      >(
        `select e."id", e."occurred_at", e."action", e."actor_id", actor."email" as actor_email,
              e."target_user_id", target."email" as target_email, e."agency_id",
              agency."code" as agency_code, e."changes"
         from "audit_entry" e
         left join "app_user" actor on actor."id" = e."actor_id"
         left join "app_user" target on target."id" = e."target_user_id"
         left join "agency" agency on agency."id" = e."agency_id"
        ${where.length ? `where ${where.join(' and ')}` : ''}
        order by e."occurred_at" desc, e."id" desc
        limit ?`,
        [...params, command.first + 1],
      );
    return {
      entries: rows.slice(0, command.first).map((r) => ({
        id: r.id,
        occurredAt: new Date(r.occurred_at),
        action: r.action,
        actorId: r.actor_id,
        actorEmail: r.actor_email,
        targetUserId: r.target_user_id,
        targetEmail: r.target_email,
        agencyId: r.agency_id,
        agencyCode: r.agency_code,
        changes: r.changes,
      })),
      hasNextPage: rows.length > command.first,
    };
  }
}
