import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@gongkai/platform';
import { isUuid } from '@gongkai/rules';
import {
  applicationColumns,
  applicationRecord,
  type ApplicationRecord,
} from '../graphql/application-record.js';
import { processingRecordColumns, type ProcessingRecords } from '../worklist/processing-records.js';
import { type EventRecord, timelineColumn, timelineOf } from '../worklist/timeline-records.js';
import { assertMayActFor } from './agency-access.js';
import { applicationNotFound } from './find-application.js';

export interface ApplicationWithAgency {
  application: ApplicationRecord & ProcessingRecords;
  agency: { id: string; code: string; name: string; path: string };
  timeline: EventRecord[];
}

/**
 * One application for an officer or supervisor of its agency (or above it), with its agency,
 * processing records and timeline, in one statement and as a plain row: a read, so no entity.
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
          `select ${applicationColumns(em)}, ${processingRecordColumns(em)}, ${timelineColumn(em)},
                  g.code as "agencyCode", g.name as "agencyName", g.path as "agencyPath"
           from application a join agency g on g.id = a.agency_id
           where a.id = ?`,
          [command.applicationId],
        )
      : [];
    if (!row) throw applicationNotFound();
    // The row is both the application's record and its processing records (the agency and
    // timeline columns stay on it unread).
    const application = applicationRecord(row) as ApplicationRecord & ProcessingRecords;
    const agency = {
      id: application.agency.id,
      code: row['agencyCode'] as string,
      name: row['agencyName'] as string,
      path: row['agencyPath'] as string,
    };
    await assertMayActFor(em, command.principal, agency);
    return { application, agency, timeline: timelineOf(row['timeline']) };
  }
}
