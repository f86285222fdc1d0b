import type { EntityManager } from '@mikro-orm/postgresql';

export interface StaffMember {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
}

/**
 * The active users of one agency holding a role (`SUPERVISOR`, `OFFICER`), in a stable order.
 * Supervisors of the agency itself: a parent agency's supervisors see its work in their own
 * worklist, but reminders go to the people answerable for the agency.
 */
export async function staffWithRole(
  em: EntityManager,
  agencyId: string,
  role: 'SUPERVISOR' | 'OFFICER',
): Promise<StaffMember[]> {
  return em.execute<StaffMember[]>(
    `select "id", "email", "display_name" as "displayName" from "app_user"
     where "agency_id" = ? and ? = any("roles") and "disabled_at" is null order by "id"`,
    [agencyId, role],
  );
}
