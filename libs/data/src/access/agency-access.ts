import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../entities/agency.entity.js';
import { Role } from '../entities/user.entity.js';
import { ErrorCode, type Principal } from '@gongkai/platform';
import { DomainError } from '@gongkai/rules';

/** Whether `principal` may work on applications of `agency` (DESIGN.md §8). */
export function mayActFor(
  principal: Principal,
  principalAgencyPath: string | null,
  agency: Pick<Agency, 'id' | 'path'>,
): boolean {
  if (principal.agencyId === null) return false;
  const roles = principal.roles;
  // Officers work on their own agency's applications.
  if (roles.includes(Role.OFFICER) && principal.agencyId === agency.id) return true;
  // Supervisors oversee their agency and everything below it (departments, townships).
  return (
    roles.includes(Role.SUPERVISOR) &&
    principalAgencyPath !== null &&
    agency.path.startsWith(principalAgencyPath)
  );
}

/**
 * Refuses with `AUTH.FORBIDDEN` unless the caller may act for the agency. The caller's agency
 * path is read from the database (the token holds only its id), so a moved agency takes effect
 * at once.
 */
export async function assertMayActFor(
  em: EntityManager,
  principal: Principal,
  agency: Pick<Agency, 'id' | 'path'>,
): Promise<void> {
  const own =
    principal.agencyId === null
      ? null
      : principal.agencyId === agency.id
        ? agency
        : await em.findOne(Agency, principal.agencyId);
  if (!mayActFor(principal, own?.path ?? null, agency)) {
    throw new DomainError(ErrorCode.FORBIDDEN, '无权处理该机关的申请 (outside your agency)');
  }
}
