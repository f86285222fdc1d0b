import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AnnualReport, AnnualReportStatus } from '@gongkai/data';
import type { Principal } from '@gongkai/platform';
import type { AnnualReportData } from '../annual-report/annual-report-data.js';
import { buildAnnualReport } from '../annual-report/build-annual-report.js';
import { assertStatisticsAccess, findAgency } from '../support/statistics-access.js';

export interface AnnualReportResult {
  readonly data: AnnualReportData;
  /** `LIVE`: computed now, never stored; otherwise the stored report's status. */
  readonly status: 'LIVE' | AnnualReportStatus;
  readonly report: AnnualReport | null;
}

/**
 * The annual report as staff see it: the stored report (a draft as of its preparation, or the
 * final one), or — before anything was prepared, or for a year still running — the live numbers.
 */
@Injectable()
export class AnnualReportQuery {
  constructor(private readonly em: EntityManager) {}

  async execute(command: {
    principal: Principal | null;
    agencyId: string;
    year: number;
    includeSubtree: boolean;
  }): Promise<AnnualReportResult> {
    const em = this.em.fork();
    const agency = await findAgency(em, command.agencyId);
    if (command.principal) await assertStatisticsAccess(em, command.principal, agency, 'read');
    const report = await em.findOne(AnnualReport, {
      agency: agency.id,
      year: command.year,
      includeSubtree: command.includeSubtree,
    });
    if (report) {
      return {
        data: report.data as unknown as AnnualReportData,
        status: report.status,
        report,
      };
    }
    const data = await buildAnnualReport(em, agency, command.year, command.includeSubtree);
    return { data, status: 'LIVE', report: null };
  }
}
