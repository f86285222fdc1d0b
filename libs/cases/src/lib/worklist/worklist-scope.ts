import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, Role } from '@gongkai/data';
import { ErrorCode, type Principal } from '@gongkai/platform';
import { DomainError, isUuid } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';
import { mayActFor } from '../use-cases/agency-access.js';

/** A piece of a `where` clause over `application a`, with its `?` parameters. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** `like` pattern matching every agency path under `path` (paths hold uuids and slashes). */
export function subtreePattern(path: string): string {
  return `${path.replace(/[\\%_]/g, '\\$&')}%`;
}

/** `column` (an agency id) lies in the subtree at `path`. */
export function inSubtree(path: string, column = 'a.agency_id'): SqlCondition {
  return {
    sql: `${column} in (select ag.id from agency ag where ag.path like ?)`,
    params: [subtreePattern(path)],
  };
}

/** The agencies an agency filter selects, as a condition on any agency-id column. */
export function agencyScope(agency: Agency, includeSubtree: boolean, column = 'a.agency_id') {
  return includeSubtree
    ? inSubtree(agency.path, column)
    : { sql: `${column} = ?`, params: [agency.id] };
}

function forbidden(): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, '无权查看该机关的申请 (outside your agency)');
}

/**
 * Which applications the caller may count or list (DESIGN.md §8): supervisors their agency's
 * subtree, officers their own agency; a staff role decides before ADMIN does. A pure administrator
 * counts everything (the workload's numbers; the worklist itself is for staff only). A
 * supervisor's agency path is read from the database, so a moved agency takes effect at once; an
 * officer's scope is the agency id alone (`mayActFor` reads no path for officers), so it costs no
 * statement.
 */
export async function callerScope(
  em: EntityManager,
  principal: Principal,
): Promise<{ condition: SqlCondition | null; ownPath: string | null }> {
  const staff = principal.roles.includes(Role.SUPERVISOR) || principal.roles.includes(Role.OFFICER);
  if (!staff && principal.roles.includes(Role.ADMIN)) return { condition: null, ownPath: null };
  if (principal.agencyId === null) throw forbidden();
  if (!principal.roles.includes(Role.SUPERVISOR)) {
    return { condition: { sql: `a.agency_id = ?`, params: [principal.agencyId] }, ownPath: null };
  }
  const [own] = await em.execute<{ path: string }[]>('select path from agency where id = ?', [
    principal.agencyId,
  ]);
  if (!own) throw forbidden();
  return { condition: inSubtree(own.path), ownPath: own.path };
}

/**
 * The `agencyId` filter (with or without its subtree). An agency outside the caller's scope is
 * refused with `AUTH.FORBIDDEN` rather than answered with an empty page.
 */
export async function agencyCondition(
  em: EntityManager,
  principal: Principal,
  ownPath: string | null,
  agencyId: string,
  includeSubtree: boolean,
): Promise<SqlCondition> {
  return agencyScope(await agencyInScope(em, principal, ownPath, agencyId), includeSubtree);
}

/** The agency, if the caller may see it: `APPLICATION.UNKNOWN_AGENCY` / `AUTH.FORBIDDEN`. */
export async function agencyInScope(
  em: EntityManager,
  principal: Principal,
  ownPath: string | null,
  agencyId: string,
): Promise<Agency> {
  const agency = isUuid(agencyId) ? await em.findOne(Agency, agencyId) : null;
  if (!agency) {
    throw new DomainError(ApplicationErrorCode.UNKNOWN_AGENCY, '找不到该行政机关 (no such agency)');
  }
  if (!principal.roles.includes(Role.ADMIN) && !mayActFor(principal, ownPath, agency)) {
    throw forbidden();
  }
  return agency;
}
