/** Whose applications are counted: one agency, or the agency and every agency below it. */
export interface AgencyScope {
  readonly agency: { readonly id: string; readonly path: string };
  readonly includeSubtree: boolean;
}

/**
 * The SQL condition selecting the rows of a scope, for a table aliased `alias` (an application,
 * or a processing record, which carries its application's `agency_id`), with its bind values.
 * The subtree is one prefix match on `agency.path` (served by `agency_path_prefix_idx`; paths
 * hold ids and slashes only, so no LIKE escaping is needed), collected into an array first:
 * `agency_id = any(array(…))` lets PostgreSQL read one range of an `(agency_id, …)` index per
 * agency, where `in (select …)` made it walk every application of every agency (measured: about
 * 10× slower on 300 000 rows).
 */
export function scopeCondition(
  scope: AgencyScope,
  alias = 'a',
): { sql: string; params: unknown[] } {
  if (!scope.includeSubtree) return { sql: `${alias}.agency_id = ?`, params: [scope.agency.id] };
  return {
    sql: `${alias}.agency_id = any(array(select d.id from agency d where d.path like ?))`,
    params: [`${scope.agency.path}%`],
  };
}
