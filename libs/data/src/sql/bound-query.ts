import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';

/**
 * Runs `sql` with bind parameters (`$1`, `$2`, …) in `em`'s transaction, or on a pooled
 * connection outside one; returns its rows. MikroORM's `execute` writes every value into the
 * statement's text (each escaped on the client) and PostgreSQL parses all of it again: for the
 * worker's batch statements, 300 to 3 000 values each, that was a few percent of its CPU per
 * e-mail (prisma-free-docs/performance.md, reminder section). Here a batch passes its rows as one
 * JSON parameter (`json_to_recordset($1::json) as r(id uuid, …)`, one `JSON.stringify`; arrays
 * of strings cost pg's per-element escaping instead): a short text and a handful of parameters,
 * whatever the batch's size, and no value is ever spliced into SQL.
 */
export async function queryBound<T>(
  em: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<T[]> {
  const runner =
    em.getTransactionContext<Kysely<unknown>>() ?? em.getConnection().getClient<unknown>();
  const { rows } = await runner.executeQuery<T>(CompiledQuery.raw(sql, [...parameters]));
  return [...rows];
}
