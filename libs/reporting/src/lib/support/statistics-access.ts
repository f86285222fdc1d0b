import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, assertMayActFor, Role } from '@gongkai/data';
import { ErrorCode, type Principal } from '@gongkai/platform';
import { DomainError } from '@gongkai/rules';
import { ReportingErrorCode } from '../reporting-error-code.js';

export async function findAgency(em: EntityManager, agencyId: string): Promise<Agency> {
  const agency = await em.findOne(Agency, { id: agencyId });
  if (!agency) {
    throw new DomainError(ReportingErrorCode.UNKNOWN_AGENCY, '机关不存在 (unknown agency)');
  }
  return agency;
}

/**
 * Who may read an agency's statistics: the agency scope rule of libs/data (its officers, and
 * supervisors of the agency or any agency above it). Publishing narrows it to those supervisors.
 */
export async function assertStatisticsAccess(
  em: EntityManager,
  principal: Principal,
  agency: Agency,
  action: 'read' | 'publish',
): Promise<void> {
  if (action === 'publish' && !principal.roles.includes(Role.SUPERVISOR)) {
    throw new DomainError(ErrorCode.FORBIDDEN, '仅工作机构负责人可以发布统计 (supervisors only)');
  }
  await assertMayActFor(em, principal, agency);
}
