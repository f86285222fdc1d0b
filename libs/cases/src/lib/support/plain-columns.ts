import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * The read paths (worklist page, application detail) select rows as plain objects keyed by
 * property name instead of hydrating entities: MikroORM building and hydrating entities was most
 * of their CPU (prisma-free-docs/performance.md §4). Column names come from the entities'
 * metadata, so they never drift from the mapping.
 */

type EntityClass<T> = abstract new (...args: never[]) => T;

/** Built once per property list (the callers' constant arrays) and alias. */
const built = new WeakMap<readonly string[], Map<string, string>>();

function memo(properties: readonly string[], key: string, build: () => string): string {
  let byKey = built.get(properties);
  if (!byKey) built.set(properties, (byKey = new Map()));
  let sql = byKey.get(key);
  if (sql === undefined) byKey.set(key, (sql = build()));
  return sql;
}

function columnsOf<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  properties: readonly (keyof T & string)[],
): [column: string, property: string][] {
  const meta = em.getMetadata(entity).properties as Record<string, { fieldNames: string[] }>;
  return properties.map((name) => {
    const column = meta[name]?.fieldNames[0];
    if (column === undefined) throw new Error(`${entity.name}.${name} has no column`);
    return [column, name];
  });
}

/** `alias."column" as "property", …`: a select list whose rows are keyed by property name. */
export function selectProperties<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  alias: string,
  properties: readonly (keyof T & string)[],
): string {
  return memo(properties, `select ${entity.name} ${alias}`, () =>
    columnsOf(em, entity, properties)
      .map(([column, name]) => `${alias}."${column}" as "${name}"`)
      .join(', '),
  );
}

/**
 * `json_build_object('property', alias."column", …)`: one row as JSON keyed by property name
 * (dates come out as `YYYY-MM-DD`, as LocalDate wants them; not for timestamps, which would
 * arrive as strings).
 */
export function jsonProperties<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  alias: string,
  properties: readonly (keyof T & string)[],
  /** A cast per property, e.g. `text` for a `bigint` (a JSON number loses digits past 2^53). */
  casts: Partial<Record<keyof T & string, string>> = {},
): string {
  return memo(properties, `json ${entity.name} ${alias} ${JSON.stringify(casts)}`, () => {
    const pairs = columnsOf(em, entity, properties).map(
      ([column, name]) =>
        `'${name}', ${alias}."${column}"${name in casts ? `::${casts[name as keyof T & string]}` : ''}`,
    );
    return `json_build_object(${pairs.join(', ')})`;
  });
}

/** A many-to-one's id as the `{ id }` the presenters read of a reference. */
export function reference(id: unknown): { readonly id: string } | null {
  return id === null || id === undefined ? null : { id: id as string };
}
