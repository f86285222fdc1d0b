import type { EntityManager } from '@mikro-orm/postgresql';

/*
 * The read paths (worklist page, application detail) select rows as plain objects keyed by
 * property name instead of hydrating entities: MikroORM building and hydrating entities was most
 * of their CPU (prisma-free-docs/performance.md §4). Column names come from the entities'
 * metadata, so they never drift from the mapping.
 */

type EntityClass<T> = abstract new (...args: never[]) => T;

const cache = new Map<string, [column: string, property: string][]>();

function columnsOf<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  properties: readonly (keyof T & string)[],
): [column: string, property: string][] {
  const key = `${entity.name}:${properties.join(',')}`;
  let pairs = cache.get(key);
  if (!pairs) {
    const meta = em.getMetadata(entity).properties as Record<string, { fieldNames: string[] }>;
    pairs = properties.map((name) => {
      const column = meta[name]?.fieldNames[0];
      if (column === undefined) throw new Error(`${entity.name}.${name} has no column`);
      return [column, name];
    });
    cache.set(key, pairs);
  }
  return pairs;
}

/** `alias."column" as "property", …`: a select list whose rows are keyed by property name. */
export function selectProperties<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  alias: string,
  properties: readonly (keyof T & string)[],
): string {
  return columnsOf(em, entity, properties)
    .map(([column, name]) => `${alias}."${column}" as "${name}"`)
    .join(', ');
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
): string {
  const pairs = columnsOf(em, entity, properties).map(
    ([column, name]) => `'${name}', ${alias}."${column}"`,
  );
  return `json_build_object(${pairs.join(', ')})`;
}

/** A many-to-one's id as the `{ id }` the presenters read of a reference. */
export function reference(id: unknown): { readonly id: string } | null {
  return id === null || id === undefined ? null : { id: id as string };
}
