import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { APPLICATION_SEARCH_TEXT } from '@gongkai/data';
import { CLOCK, type Principal } from '@gongkai/platform';
import {
  type Clock,
  DomainError,
  ExtensionStatus,
  localDateInShanghai,
  replyClockRunningSql,
  TERMINAL_STATUSES,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import {
  applicationColumns,
  applicationRecord,
  type ApplicationRecord,
} from '../graphql/application-record.js';
import { WORKING_DAY_CALENDAR } from '../support/working-day-calendar.provider.js';
import { ApplicationOrder, ORDER_SQL } from './application-order.js';
import type { ApplicationFilterInput } from './application-filter.input.js';
import { decodeCursor, encodeCursor } from './worklist-cursor.js';
import { WorklistErrorCode } from './worklist-error-code.js';
import { agencyCondition, callerScope, type SqlCondition } from './worklist-scope.js';

export const WORKLIST_PAGE = { default: 20, max: 100 } as const;
export const SEARCH_LENGTH = { min: 2, max: 100 } as const;
const MAX_DUE_WITHIN = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ListApplicationsCommand {
  principal: Principal;
  filter: ApplicationFilterInput | null | undefined;
  orderBy: ApplicationOrder | null | undefined;
  first: number | null | undefined;
  after: string | null | undefined;
}

export interface WorklistPage {
  edges: { cursor: string; node: ApplicationRecord }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Not concluded: the clock still matters (a reply counts as on time only once served). */
export const OPEN_CONDITION = `a.status not in (${TERMINAL_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The officers' worklist (issue 4, Queries): the applications the caller may see, filtered, in
 * a keyset order. A page is one `select` of the applications with their sort keys (`first + 1` rows,
 * to know whether another page follows); never `OFFSET`, so rows inserted
 * before or after the cursor neither repeat nor skip rows on the next page.
 */
@Injectable()
export class ListApplicationsQuery {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  async execute(command: ListApplicationsCommand): Promise<WorklistPage> {
    const order = command.orderBy ?? ApplicationOrder.REPLY_DUE_ON_ASC;
    const first = command.first ?? WORKLIST_PAGE.default;
    if (!Number.isInteger(first) || first < 1 || first > WORKLIST_PAGE.max) {
      throw new DomainError(
        WorklistErrorCode.INVALID_PAGE_SIZE,
        `每页 1–${WORKLIST_PAGE.max} 条 (first must be 1–${WORKLIST_PAGE.max})`,
        { max: WORKLIST_PAGE.max },
      );
    }
    const cursor = command.after == null ? null : decodeCursor(command.after, order);
    const em = this.em.fork();
    const conditions = await this.conditions(em, command.principal, command.filter ?? {});

    const sort = ORDER_SQL[order];
    if (cursor) {
      conditions.push({
        sql: `(${sort.key}, a.id) ${sort.after} (?::date, ?::uuid)`,
        params: [cursor.key, cursor.id],
      });
    }
    const where = conditions.length === 0 ? 'true' : conditions.map((c) => c.sql).join(' and ');
    // The page's rows themselves, in one statement, read as plain records: hydrating 20 full
    // entities (`em.map`) was most of the worklist's CPU (prisma-free-docs/performance.md §4).
    const rows = await em.execute<({ worklist_sort_key: string } & Record<string, unknown>)[]>(
      `select ${applicationColumns(em)}, ${sort.key}::text as worklist_sort_key from application a
       where ${where}
       order by ${sort.key} ${sort.direction}, a.id ${sort.direction}
       limit ?`,
      [...conditions.flatMap((c) => c.params), first + 1],
    );
    return {
      edges: rows.slice(0, first).map((row) => {
        const key = row.worklist_sort_key;
        // The sort key stays on the record, unread (a copy without it cost more than it saved).
        const node = applicationRecord(row);
        return { cursor: encodeCursor({ order, key, id: node.id }), node };
      }),
      hasNextPage: rows.length > first,
      hasPreviousPage: cursor !== null,
    };
  }

  private async conditions(
    em: EntityManager,
    principal: Principal,
    filter: ApplicationFilterInput,
  ): Promise<SqlCondition[]> {
    const out: SqlCondition[] = [];
    const scope = await callerScope(em, principal);
    if (scope.condition) out.push(scope.condition);
    if (filter.agencyId != null) {
      out.push(
        await agencyCondition(
          em,
          principal,
          scope.ownPath,
          filter.agencyId,
          filter.includeSubtree ?? false,
        ),
      );
    }
    const anyOf = (column: string, values: readonly string[] | null | undefined) => {
      if (values == null) return;
      // An empty list matches nothing, as a client that unticks every box would expect.
      out.push(
        values.length === 0
          ? { sql: 'false', params: [] }
          : { sql: `${column} in (${values.map(() => '?').join(', ')})`, params: values },
      );
    };
    anyOf('a.status', filter.statuses);
    if (filter.statuses == null && filter.includeConcluded !== true) {
      out.push({ sql: OPEN_CONDITION, params: [] });
    }
    anyOf('a.channel', filter.channels);
    anyOf('a.applicant_kind', filter.applicantKinds);

    if (filter.unassigned != null && filter.assigneeId != null) {
      throw new DomainError(
        WorklistErrorCode.INVALID_FILTER,
        'assigneeId 与 unassigned 不能同时使用 (assigneeId and unassigned exclude each other)',
        { fields: ['assigneeId', 'unassigned'] },
      );
    }
    if (filter.assigneeId != null) {
      if (!UUID.test(filter.assigneeId)) {
        throw new DomainError(WorklistErrorCode.INVALID_FILTER, 'assigneeId 无效 (not a user id)', {
          fields: ['assigneeId'],
        });
      }
      out.push({ sql: `a.assignee_id = ?::uuid`, params: [filter.assigneeId] });
    }
    if (filter.unassigned != null) {
      out.push({ sql: `a.assignee_id is ${filter.unassigned ? '' : 'not '}null`, params: [] });
    }
    if (filter.extensionRequested != null) {
      const requested = `(${OPEN_CONDITION} and a.extension_status = '${ExtensionStatus.REQUESTED}')`;
      out.push({
        sql: filter.extensionRequested ? requested : `not coalesce(${requested}, false)`,
        params: [],
      });
    }
    if (filter.receivedFrom != null) {
      out.push({ sql: `a.received_on >= ?::date`, params: [filter.receivedFrom] });
    }
    if (filter.receivedTo != null) {
      out.push({ sql: `a.received_on <= ?::date`, params: [filter.receivedTo] });
    }

    const today = localDateInShanghai(this.clock.now());
    if (filter.dueWithinWorkingDays != null) {
      const n = filter.dueWithinWorkingDays;
      if (n < 0 || n > MAX_DUE_WITHIN) {
        throw new DomainError(
          WorklistErrorCode.INVALID_FILTER,
          `dueWithinWorkingDays 须在 0–${MAX_DUE_WITHIN} 之间 (out of range)`,
          { fields: ['dueWithinWorkingDays'], max: MAX_DUE_WITHIN },
        );
      }
      const until = this.calendar.addWorkingDays(today, n).date;
      out.push({
        sql: `${replyClockRunningSql()} and a.reply_due_on between ?::date and ?::date`,
        params: [today, until],
      });
    }
    if (filter.overdue != null) {
      const overdue = `(${replyClockRunningSql()} and a.reply_due_on < ?::date)`;
      out.push({
        sql: filter.overdue ? overdue : `not coalesce(${overdue}, false)`,
        params: [today],
      });
    }
    if (filter.search != null) out.push(searchCondition(filter.search));
    return out;
  }
}

/**
 * Substring search over name, organisation and description. The bigram containment (`@>`) is
 * what the GIN index answers; the `ilike` then drops rows whose bigrams match out of order.
 */
function searchCondition(raw: string): SqlCondition {
  const text = raw.trim();
  const length = [...text].length;
  if (length < SEARCH_LENGTH.min) {
    throw new DomainError(
      WorklistErrorCode.SEARCH_TOO_SHORT,
      `查找内容至少 ${SEARCH_LENGTH.min} 个字 (search needs at least ${SEARCH_LENGTH.min} characters)`,
      { min: SEARCH_LENGTH.min },
    );
  }
  if (length > SEARCH_LENGTH.max) {
    throw new DomainError(
      WorklistErrorCode.SEARCH_TOO_LONG,
      `查找内容最多 ${SEARCH_LENGTH.max} 个字 (search is limited to ${SEARCH_LENGTH.max} characters)`,
      { max: SEARCH_LENGTH.max },
    );
  }
  return {
    sql: `gongkai_search_bigrams(${APPLICATION_SEARCH_TEXT}) @> gongkai_search_bigrams(?)
      and (${APPLICATION_SEARCH_TEXT}) ilike ?`,
    params: [text, `%${text.replace(/[\\%_]/g, '\\$&')}%`],
  };
}
