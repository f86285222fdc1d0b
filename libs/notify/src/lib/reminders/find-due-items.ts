import type { EntityManager } from '@mikro-orm/postgresql';
import {
  APPLICATION_STATUSES,
  ApplicationStatus,
  isTerminalStatus,
  type LocalDate,
  replyClockRunningSql,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import type { ReminderLogKind } from './reminder-kinds.js';

/** One thing that fell due, with what the mail needs. */
export interface DueItem {
  readonly kind: ReminderLogKind;
  readonly applicationId: string;
  readonly dueOn: LocalDate;
  readonly agencyId: string;
  readonly agencyName: string;
  readonly trackingNumber: string;
  readonly assignee: { id: string; email: string; displayName: string } | null;
}

/** The days every rule compares with, all working days of the calendar around `on`. */
export interface ScanDays {
  readonly on: LocalDate;
  readonly previous: LocalDate;
  readonly next: LocalDate;
  readonly second: LocalDate;
  readonly fifth: LocalDate;
}

export function scanDays(calendar: WorkingDayCalendar, on: LocalDate): ScanDays {
  const add = (n: number) => calendar.addWorkingDays(on, n).date;
  return { on, previous: add(-1), next: add(1), second: add(2), fifth: add(5) };
}

/** Not concluded. */
export const OPEN_STATUSES = APPLICATION_STATUSES.filter((s) => !isTerminalStatus(s));

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One query per rule, each `(application_id, due_on)`, each led by `status` so it runs on the
 * `(status, reply_due_on)` index; the children (supplement request, consultation, fee notice)
 * are reached by their application index. Dates are bound as parameters.
 */
function rules(d: ScanDays): { kind: ReminderLogKind; sql: string; params: unknown[] }[] {
  // A paused clock (consultation, fee) is not counting down: its waits are reminded instead.
  const reply = replyClockRunningSql();
  return [
    {
      kind: 'CONFIRMATION_PENDING',
      sql: `select a."id", a."arrived_on" as "due_on" from "application" a
            where a."status" = '${ApplicationStatus.PENDING_CONFIRMATION}' and a."arrived_on" <= ?`,
      params: [d.previous],
    },
    {
      kind: 'SUPPLEMENT_NOTICE_WINDOW_CLOSING',
      sql: `select a."id", a."supplement_notice_due_on" as "due_on" from "application" a
            where a."status" = '${ApplicationStatus.IN_PROGRESS}'
              and a."supplement_notice_due_on" between ? and ?
              and not exists (select 1 from "supplement_request" s where s."application_id" = a."id")`,
      params: [d.on, d.second],
    },
    {
      kind: 'REPLY_DUE_IN_5',
      sql: `select a."id", a."reply_due_on" as "due_on" from "application" a
            where ${reply} and a."reply_due_on" > ? and a."reply_due_on" <= ?`,
      params: [d.next, d.fifth],
    },
    {
      kind: 'REPLY_DUE_IN_1',
      sql: `select a."id", a."reply_due_on" as "due_on" from "application" a
            where ${reply} and a."reply_due_on" > ? and a."reply_due_on" <= ?`,
      params: [d.on, d.next],
    },
    {
      kind: 'REPLY_DUE_TODAY',
      sql: `select a."id", a."reply_due_on" as "due_on" from "application" a
            where ${reply} and a."reply_due_on" > ? and a."reply_due_on" <= ?`,
      params: [d.previous, d.on],
    },
    {
      kind: 'REPLY_OVERDUE',
      sql: `select a."id", a."reply_due_on" as "due_on" from "application" a
            where ${reply} and a."reply_due_on" <= ?`,
      params: [d.previous],
    },
    {
      kind: 'CONSULTATION_ANSWER_DUE',
      sql: `select a."id", min(c."answer_due_on") as "due_on" from "application" a
            join "consultation" c on c."application_id" = a."id"
            where a."status" = '${ApplicationStatus.AWAITING_CONSULTATION}'
              and c."answer" is null and c."answer_due_on" <= ?
            group by a."id"`,
      params: [d.on],
    },
    {
      kind: 'FEE_PAYMENT_DUE',
      sql: `select a."id", f."payment_due_on" as "due_on" from "application" a
            join "fee_notice" f on f."application_id" = a."id"
            where a."status" = '${ApplicationStatus.AWAITING_FEE}'
              and f."paid_on" is null and f."payment_due_on" <= ?`,
      params: [d.on],
    },
    {
      kind: 'SUPPLEMENT_DEADLINE_PASSED',
      sql: `select a."id", s."due_on" from "application" a
            join "supplement_request" s on s."application_id" = a."id"
            where a."status" = '${ApplicationStatus.AWAITING_SUPPLEMENT}'
              and s."received_on" is null and s."due_on" < ?`,
      params: [d.on],
    },
    {
      kind: 'UNASSIGNED',
      sql: `select a."id", coalesce(a."reply_due_on", a."arrived_on") as "due_on"
            from "application" a
            where a."status" in (${list(OPEN_STATUSES)}) and a."assignee_id" is null
              and a."arrived_on" <= ?`,
      params: [d.previous],
    },
  ];
}

interface ApplicationDetails {
  id: string;
  agency_id: string;
  agency_name: string;
  tracking_number: string;
  assignee_id: string | null;
  assignee_email: string | null;
  assignee_name: string | null;
}

/** Everything falling due on the working day `days.on`. */
export async function findDueItems(
  em: EntityManager,
  calendar: WorkingDayCalendar,
  days: ScanDays,
): Promise<DueItem[]> {
  const found: { kind: ReminderLogKind; id: string; dueOn: LocalDate }[] = [];
  for (const rule of rules(days)) {
    const rows = await em.execute<{ id: string; due_on: LocalDate }[]>(
      `select "id", "due_on"::text as "due_on" from (${rule.sql}) as "due"`,
      rule.params,
    );
    for (const row of rows) {
      // An unconfirmed filing is due for confirmation the working day after it arrived.
      const dueOn =
        rule.kind === 'CONFIRMATION_PENDING'
          ? calendar.addWorkingDays(row.due_on, 1).date
          : row.due_on;
      found.push({ kind: rule.kind, id: row.id, dueOn });
    }
  }
  if (found.length === 0) return [];
  const ids = [...new Set(found.map((f) => f.id))];
  const details: ApplicationDetails[] = [];
  for (let i = 0; i < ids.length; i += 1_000) {
    const chunk = ids.slice(i, i + 1_000);
    details.push(
      ...(await em.execute<ApplicationDetails[]>(
        `select a."id", a."agency_id", g."name" as "agency_name", a."tracking_number",
                u."id" as "assignee_id", u."email" as "assignee_email",
                u."display_name" as "assignee_name"
         from "application" a join "agency" g on g."id" = a."agency_id"
         left join "app_user" u on u."id" = a."assignee_id" and u."disabled_at" is null
         where a."id" in (${chunk.map(() => '?').join(', ')})`,
        chunk,
      )),
    );
  }
  const byId = new Map(details.map((d) => [d.id, d]));
  return found.map((f) => {
    const d = byId.get(f.id)!;
    return {
      kind: f.kind,
      applicationId: f.id,
      dueOn: f.dueOn,
      agencyId: d.agency_id,
      agencyName: d.agency_name,
      trackingNumber: d.tracking_number,
      assignee:
        d.assignee_id && d.assignee_email
          ? { id: d.assignee_id, email: d.assignee_email, displayName: d.assignee_name ?? '' }
          : null,
    };
  });
}
