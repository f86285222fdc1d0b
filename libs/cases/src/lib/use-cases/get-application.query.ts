import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@gongkai/platform';
import {
  applicationColumns,
  applicationRecord,
  type ApplicationRecord,
} from '../graphql/application-record.js';
import { assertMayActFor } from './agency-access.js';
import { applicationNotFound, isUuid } from './find-application.js';

export interface ApplicationWithAgency {
  application: ApplicationRecord;
  agency: { id: string; code: string; name: string; path: string };
}

/**
 * One application for an officer or supervisor of its agency (or above it), with its agency, in
 * one statement and as a plain row: a read, so no entity (the processing records are the
 * `processingRecords` loader's).
 */
@Injectable()
export class GetApplicationQuery {
  constructor(private readonly em: EntityManager) {}

  async execute(command: {
    principal: Principal;
    applicationId: string;
  }): Promise<ApplicationWithAgency> {
    const em = this.em.fork();
    const [row] = isUuid(command.applicationId)
      ? await em.execute<Record<string, unknown>[]>(
          `select ${applicationColumns(em)}, g.code as "agencyCode", g.name as "agencyName",
                  g.path as "agencyPath"
           from application a join agency g on g.id = a.agency_id
           where a.id = ?`,
          [command.applicationId],
        )
      : [];
    if (!row) throw applicationNotFound();
    const { agencyCode, agencyName, agencyPath, ...columns } = row;
    const application = applicationRecord(columns);
    const agency = {
      id: application.agency.id,
      code: agencyCode as string,
      name: agencyName as string,
      path: agencyPath as string,
    };
    await assertMayActFor(em, command.principal, agency);
    return { application, agency };
  }
}
