import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Agency, Role } from '@gongkai/data';
import { CLOCK, ErrorCode, type Principal } from '@gongkai/platform';
import {
  ApplicationStatus,
  type Clock,
  DomainError,
  ExtensionStatus,
  localDateInShanghai,
  replyClockRunningSql,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { WORKING_DAY_CALENDAR } from '../support/working-day-calendar.provider.js';
import { OPEN_CONDITION } from './list-applications.query.js';
import type { WorkloadType } from './workload.type.js';
import { agencyInScope, agencyScope, callerScope, type SqlCondition } from './worklist-scope.js';

/** Only a running reply clock can be overdue or due this week. */
const RUNNING = replyClockRunningSql();

/** "This week": from today through the 5th working day after it (a working week ahead). */
export const WORKLOAD_WEEK_WORKING_DAYS = 5;

/**
 * The supervisor's dashboard (issue 4, Queries): counts of the open applications of an agency,
 * or of it and the agencies below it, in two SQL aggregations: the totals, and one row per
 * officer.
 */
@Injectable()
export class WorkloadQuery {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  async execute(command: {
    principal: Principal;
    agencyId: string | null;
    includeSubtree: boolean;
  }): Promise<WorkloadType> {
    const em = this.em.fork();
    const { principal, includeSubtree } = command;
    const scope = await callerScope(em, principal);
    const agencyId = command.agencyId ?? principal.agencyId;
    let agency: Agency | null = null;
    if (agencyId !== null) {
      agency = await agencyInScope(em, principal, scope.ownPath, agencyId);
    } else if (!principal.roles.includes(Role.ADMIN)) {
      throw new DomainError(ErrorCode.FORBIDDEN, '账号未归属任何机关 (no agency on this account)');
    }
    // The caller's own scope still applies (an officer's "subtree" is their agency only).
    const conditions = [scope.condition, agency && agencyScope(agency, includeSubtree)].filter(
      (c): c is SqlCondition => c !== null,
    );
    const where = conditions.map((c) => c.sql).join(' and ') || 'true';
    const whereParams = conditions.flatMap((c) => c.params);

    const today = localDateInShanghai(this.clock.now());
    const weekEndsOn = this.calendar.addWorkingDays(today, WORKLOAD_WEEK_WORKING_DAYS).date;
    const [totals] = await em.execute<Record<string, string>[]>(
      `select count(*) filter (where ${OPEN_CONDITION}) as open,
              count(*) filter (where ${RUNNING} and a.reply_due_on < ?::date) as overdue,
              count(*) filter (
                where ${RUNNING} and a.reply_due_on between ?::date and ?::date
              ) as due_this_week,
              count(*) filter (where ${OPEN_CONDITION} and a.assignee_id is null) as unassigned,
              count(*) filter (
                where ${OPEN_CONDITION} and a.extension_status = '${ExtensionStatus.REQUESTED}'
              ) as awaiting_extension_decision,
              count(*) filter (
                where a.status = '${ApplicationStatus.PENDING_CONFIRMATION}'
              ) as awaiting_confirmation
       from application a
       where ${OPEN_CONDITION} and ${where}`,
      [today, today, weekEndsOn, ...whereParams],
    );

    // Officers of the agencies in view (also those with nothing open), and anyone else who
    // holds open applications of those agencies (e.g. an officer moved elsewhere).
    const staffScope = agency
      ? agencyScope(agency, includeSubtree, 'u.agency_id')
      : { sql: 'true', params: [] };
    const officers = await em.execute<
      { id: string; display_name: string; open: string; overdue: string; due_this_week: string }[]
    >(
      `select u.id, u.display_name,
              count(a.id) as open,
              count(a.id) filter (where ${RUNNING} and a.reply_due_on < ?::date) as overdue,
              count(a.id) filter (
                where ${RUNNING} and a.reply_due_on between ?::date and ?::date
              ) as due_this_week
       from app_user u
       left join application a on a.assignee_id = u.id and ${OPEN_CONDITION} and ${where}
       where (u.disabled_at is null and '${Role.OFFICER}' = any(u.roles) and ${staffScope.sql})
          or a.id is not null
       group by u.id, u.display_name
       order by overdue desc, open desc, u.display_name, u.id`,
      [today, today, weekEndsOn, ...whereParams, ...staffScope.params],
    );

    const n = (value: string | undefined) => Number(value ?? 0);
    return {
      agency: agency && { id: agency.id, code: agency.code, name: agency.name },
      includeSubtree,
      asOf: today,
      weekEndsOn,
      open: n(totals?.['open']),
      overdue: n(totals?.['overdue']),
      dueThisWeek: n(totals?.['due_this_week']),
      unassigned: n(totals?.['unassigned']),
      awaitingExtensionDecision: n(totals?.['awaiting_extension_decision']),
      awaitingConfirmation: n(totals?.['awaiting_confirmation']),
      officers: officers.map((row) => ({
        officer: { id: row.id, displayName: row.display_name },
        open: n(row.open),
        overdue: n(row.overdue),
        dueThisWeek: n(row.due_this_week),
      })),
    };
  }
}
