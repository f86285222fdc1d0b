import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationEvent } from '@gongkai/data';
import { reference, selectProperties } from '../support/plain-columns.js';

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
  for (const { application, ...row } of rows) {
    byId.get(application)?.push({
      id: row['id'] as string,
      type: row['type'] as EventRecord['type'],
      actorKind: row['actorKind'] as EventRecord['actorKind'],
      actorUser: reference(row['actorUser']),
      // timestamptz: MikroORM's `pg` type parsers leave it as text.
      occurredAt: new Date(row['occurredAt'] as string),
    });
  }
  return byId;
}
