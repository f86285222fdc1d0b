import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ApplicationEvent } from '@gongkai/data';

/** The whole timeline of an application the caller was already allowed to read. */
@Injectable()
export class ListApplicationEventsQuery {
  constructor(private readonly em: EntityManager) {}

  execute(applicationId: string): Promise<ApplicationEvent[]> {
    return this.em
      .fork()
      .find(ApplicationEvent, { application: applicationId }, { orderBy: { id: 'asc' } });
  }
}
