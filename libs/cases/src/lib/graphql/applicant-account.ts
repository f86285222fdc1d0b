import { Role } from '@gongkai/data';
import type { Principal } from '@gongkai/platform';

/**
 * The applicant account of a signed-in caller, which stands in for a query code on the
 * applications it filed; null for anyone else (staff tokens never stand in for a query code).
 */
export function applicantAccount(principal: Principal | null): string | null {
  return principal?.roles.includes(Role.APPLICANT) ? principal.userId : null;
}
