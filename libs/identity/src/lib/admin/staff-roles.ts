import { type Agency, Role } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import { IdentityErrorCode } from '../identity-error-code.js';

/**
 * Roles and agency that go together: at least one role; officers, supervisors and admins belong
 * to an agency (their scope); an account that is only an applicant belongs to none.
 */
export function checkedRoles(roles: readonly Role[], agency: Agency | null): Role[] {
  const unique = [...new Set(roles)].sort();
  if (unique.length === 0) {
    throw new DomainError(IdentityErrorCode.INVALID_INPUT, '至少需要一个角色 (at least one role)', {
      field: 'roles',
      reason: 'EMPTY',
    });
  }
  const staff = unique.some((r) => r !== Role.APPLICANT);
  if (staff && agency === null) {
    throw new DomainError(
      IdentityErrorCode.INVALID_INPUT,
      '工作人员须属于一个机关 (staff need an agency)',
      { field: 'agencyId', reason: 'REQUIRED' },
    );
  }
  if (!staff && agency !== null) {
    throw new DomainError(
      IdentityErrorCode.INVALID_INPUT,
      '申请人账户不属于机关 (applicants have no agency)',
      { field: 'agencyId', reason: 'NOT_ALLOWED' },
    );
  }
  return unique;
}
