import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, Role } from '@gongkai/data';
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

function forbidden(): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, '无权查看或发布该机关的统计 (outside your agency)');
}

/**
 * Who may read an agency's statistics (DESIGN.md §8): its officers, and supervisors of the
 * agency or any agency above it. `publish` narrows it to those supervisors.
 */
export async function assertStatisticsAccess(
  em: EntityManager,
  principal: Principal,
  agency: Agency,
  action: 'read' | 'publish',
): Promise<void> {
  if (principal.agencyId === null) throw forbidden();
  const roles = principal.roles;
  if (action === 'read' && roles.includes(Role.OFFICER) && principal.agencyId === agency.id) return;
  if (!roles.includes(Role.SUPERVISOR)) throw forbidden();
  const own =
    principal.agencyId === agency.id ? agency : await em.findOne(Agency, principal.agencyId);
  if (!own || !agency.path.startsWith(own.path)) throw forbidden();
}
