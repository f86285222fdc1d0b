import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, assertMayActFor, Role } from '@gongkai/data';
import type { Principal } from '@gongkai/platform';
import { DomainError } from '@gongkai/rules';
import { IdentityErrorCode } from '../identity-error-code.js';

export async function findAgencyOrFail(em: EntityManager, agencyId: string): Promise<Agency> {
  const agency = /^[0-9a-f-]{36}$/i.test(agencyId) ? await em.findOne(Agency, agencyId) : null;
  if (!agency) {
    throw new DomainError(IdentityErrorCode.AGENCY_NOT_FOUND, '找不到该机关 (no such agency)');
  }
  return agency;
}

/**
 * Admins administer every agency; supervisors see their own agency and the agencies below it
 * (the same rule as for applications: libs/data `assertMayActFor`).
 */
export async function assertMayOversee(
  em: EntityManager,
  principal: Principal,
  agency: Agency,
): Promise<void> {
  if (principal.roles.includes(Role.ADMIN)) return;
  await assertMayActFor(em, principal, agency);
}
