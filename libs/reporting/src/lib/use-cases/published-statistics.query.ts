import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Agency, AnnualReport, AnnualReportStatus, StatisticsSnapshot } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import { ReportingErrorCode } from '../reporting-error-code.js';
import { asQuarter, assertYear } from '../statistics/reporting-period.js';

async function agencyByCode(em: EntityManager, code: string): Promise<Agency> {
  const agency = await em.findOne(Agency, { code });
  if (!agency) {
    throw new DomainError(ReportingErrorCode.UNKNOWN_AGENCY, '机关不存在 (unknown agency)');
  }
  return agency;
}

/** What anyone may read: published snapshots and final annual reports (DESIGN.md §5). */
@Injectable()
export class PublishedStatisticsQuery {
  constructor(private readonly em: EntityManager) {}

  /** Every published snapshot of the year, every version, by quarter then version. */
  async list(agencyCode: string, year: number): Promise<StatisticsSnapshot[]> {
    assertYear(year);
    const em = this.em.fork();
    const agency = await agencyByCode(em, agencyCode);
    return em.find(
      StatisticsSnapshot,
      { agency: agency.id, year },
      { orderBy: { quarter: 'asc', version: 'asc' }, populate: ['agency'] },
    );
  }

  /** One quarter's snapshot: the given version, or the latest. Null when none is published. */
  async snapshot(
    agencyCode: string,
    year: number,
    quarter: number,
    version?: number,
  ): Promise<StatisticsSnapshot | null> {
    assertYear(year);
    const em = this.em.fork();
    const agency = await agencyByCode(em, agencyCode);
    return em.findOne(
      StatisticsSnapshot,
      {
        agency: agency.id,
        year,
        quarter: asQuarter(quarter),
        ...(version === undefined ? {} : { version }),
      },
      { orderBy: { version: 'desc' }, populate: ['agency'] },
    );
  }

  /** A final annual report, or null while there is none. */
  async finalAnnualReport(
    agencyCode: string,
    year: number,
    includeSubtree: boolean,
  ): Promise<AnnualReport | null> {
    assertYear(year);
    const em = this.em.fork();
    const agency = await agencyByCode(em, agencyCode);
    return em.findOne(AnnualReport, {
      agency: agency.id,
      year,
      includeSubtree,
      status: AnnualReportStatus.FINAL,
    });
  }
}
