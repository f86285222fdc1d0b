import type { EntityManager } from '@mikro-orm/postgresql';
import { ExtensionStatus, replyClockRunningSql } from '@gongkai/rules';
import type { DigestSection } from '../templates/templates.js';
import { OPEN_STATUSES, type ScanDays } from './find-due-items.js';

/** Items listed per section; the count is always the full number. */
export const DIGEST_ITEMS_PER_SECTION = 10;

export interface AgencyDigest {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly overdue: DigestSection;
  readonly dueThisWeek: DigestSection;
  readonly unassigned: DigestSection;
  readonly awaitingExtensionDecision: DigestSection;
}

type SectionName = 'overdue' | 'dueThisWeek' | 'unassigned' | 'awaitingExtensionDecision';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Per agency: what the supervisors should look at today. Counts and the first items of each
 * section come from SQL (a window function keeps the first few per agency); nothing is loaded
 * row by row. "Due this week" is due within the next five working days, today included.
 */
export async function buildSupervisorDigests(
  em: EntityManager,
  days: ScanDays,
): Promise<AgencyDigest[]> {
  const reply = replyClockRunningSql();
  const sections: Record<SectionName, { where: string; params: unknown[] }> = {
    overdue: { where: `${reply} and a."reply_due_on" < ?`, params: [days.on] },
    dueThisWeek: {
      where: `${reply} and a."reply_due_on" between ? and ?`,
      params: [days.on, days.fifth],
    },
    unassigned: {
      where: `a."status" in (${list(OPEN_STATUSES)}) and a."assignee_id" is null`,
      params: [],
    },
    awaitingExtensionDecision: {
      where: `a."status" in (${list(OPEN_STATUSES)}) and a."extension_status" = '${ExtensionStatus.REQUESTED}'`,
      params: [],
    },
  };
  const digests = new Map<string, AgencyDigest & Record<SectionName, DigestSection>>();
  for (const [name, section] of Object.entries(sections) as [
    SectionName,
    (typeof sections)[SectionName],
  ][]) {
    const rows = await em.execute<
      {
        agency_id: string;
        agency_name: string;
        total: string;
        id: string;
        tracking_number: string;
        due_on: string | null;
        assignee_name: string | null;
      }[]
    >(
      `select * from (
         select a."agency_id", g."name" as "agency_name", a."id", a."tracking_number",
                a."reply_due_on"::text as "due_on", u."display_name" as "assignee_name",
                count(*) over (partition by a."agency_id") as "total",
                row_number() over (partition by a."agency_id"
                                   order by a."reply_due_on" nulls last, a."tracking_number") as "n"
         from "application" a join "agency" g on g."id" = a."agency_id"
         left join "app_user" u on u."id" = a."assignee_id"
         where ${section.where}
       ) as "ranked" where "n" <= ?`,
      [...section.params, DIGEST_ITEMS_PER_SECTION],
    );
    for (const row of rows) {
      let digest = digests.get(row.agency_id);
      if (!digest) {
        const empty = (): DigestSection => ({ count: 0, items: [] });
        digest = {
          agencyId: row.agency_id,
          agencyName: row.agency_name,
          overdue: empty(),
          dueThisWeek: empty(),
          unassigned: empty(),
          awaitingExtensionDecision: empty(),
        };
        digests.set(row.agency_id, digest);
      }
      digest[name].count = Number(row.total);
      digest[name].items.push({
        applicationId: row.id,
        trackingNumber: row.tracking_number,
        ...(row.due_on ? { dueOn: row.due_on } : {}),
        ...(row.assignee_name ? { assigneeName: row.assignee_name } : {}),
      });
    }
  }
  return [...digests.values()];
}
