import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationEvent } from '@gongkai/data';
import { jsonProperties, reference, selectProperties } from '../support/plain-columns.js';

const EVENT = [
  'id',
  'type',
  'actorKind',
  'actorUser',
  'occurredAt',
] as const satisfies readonly (keyof ApplicationEvent)[];

/** What ApplicationPresenter.event reads: an `ApplicationEvent`, or its row (`loadTimelines`). */
export type EventRecord = Pick<ApplicationEvent, 'id' | 'type' | 'actorKind' | 'occurredAt'> & {
  readonly actorUser?: { readonly id: string } | null;
};

/** An event selected by property name (`EVENT`), as a record. */
function eventRecord(row: Record<string, unknown>): EventRecord {
  return {
    id: row['id'] as string,
    type: row['type'] as EventRecord['type'],
    actorKind: row['actorKind'] as EventRecord['actorKind'],
    actorUser: reference(row['actorUser']),
    // timestamptz arrives as text (MikroORM's `pg` type parsers, or JSON).
    occurredAt: new Date(row['occurredAt'] as string),
  };
}

/**
 * The select list of an `application a` row's timeline, in order (`id`), as JSON: read with
 * `timelineOf`. The detail reads it in its one statement.
 */
export function timelineColumn(em: EntityManager): string {
  const event = jsonProperties(em, ApplicationEvent, 'e', EVENT, { id: 'text' });
  return `coalesce((select json_agg(${event} order by e.id) from application_event e
                    where e.application_id = a.id), '[]') as timeline`;
}

/** The timeline selected by `timelineColumn`, as records. */
export function timelineOf(column: unknown): EventRecord[] {
  return (column as Record<string, unknown>[]).map(eventRecord);
}

/** The timelines of the given applications, each in order (`id`), as plain rows. */
export async function loadTimelines(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, EventRecord[]>> {
  const rows = await em.execute<(Record<string, unknown> & { application: string })[]>(
    `select ${selectProperties(em, ApplicationEvent, 'e', EVENT)}, e.application_id as application
     from application_event e
     where e.application_id in (${ids.map(() => '?').join(', ')})
     order by e.application_id, e.id`,
    [...ids],
  );
  const byId = new Map<string, EventRecord[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row.application)?.push(eventRecord(row));
  return byId;
}
