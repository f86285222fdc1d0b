/** What ordering needs of an agency (the `agencies` query's rows). */
export interface TreeAgency {
  id: string;
  code: string;
  parentId?: string | null;
}

/**
 * The agencies parents first, each followed by its subtree, siblings by code (CS-2 before CS-10).
 * The api orders by the path of ids, which keeps the tree but puts siblings in no useful order.
 * An agency whose parent is not in the list (a supervisor's own) is a root.
 */
export function inTreeOrder<T extends TreeAgency>(agencies: readonly T[]): T[] {
  const ids = new Set(agencies.map((agency) => agency.id));
  const children = new Map<string | null, T[]>();
  for (const agency of agencies) {
    const parent = agency.parentId && ids.has(agency.parentId) ? agency.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(agency);
    else children.set(parent, [agency]);
  }
  const byCode = (a: T, b: T) => a.code.localeCompare(b.code, 'en', { numeric: true });
  const ordered: T[] = [];
  const visit = (parent: string | null) => {
    for (const agency of [...(children.get(parent) ?? [])].sort(byCode)) {
      ordered.push(agency);
      visit(agency.id);
    }
  };
  visit(null);
  return ordered;
}
