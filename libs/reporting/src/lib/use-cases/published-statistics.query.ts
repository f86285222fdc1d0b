import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Agency, AnnualReport, AnnualReportStatus, StatisticsSnapshot } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import { ReportingErrorCode } from '../reporting-error-code.js';
import { asQuarter, assertYear } from '../statistics/reporting-period.js';
import { checksumOf } from '../support/canonical-json.js';

async function agencyByCode(em: EntityManager, code: string): Promise<Agency> {
  const agency = await em.findOne(Agency, { code });
  if (!agency) {
    throw new DomainError(ReportingErrorCode.UNKNOWN_AGENCY, '机关不存在 (unknown agency)');
  }
  return agency;
}

/** Serves stored numbers only while they still match the checksum taken at publication. */
function verified<T extends { data: Record<string, unknown>; checksum: string } | null>(row: T): T {
  if (row && checksumOf(row.data) !== row.checksum) {
    throw new DomainError(
      ReportingErrorCode.CHECKSUM_MISMATCH,
      '已发布的统计与其校验值不符，暂停提供 (stored numbers do not match their checksum)',
    );
  }
  return row;
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
    const snapshots = await em.find(
      StatisticsSnapshot,
      { agency: agency.id, year },
      { orderBy: { quarter: 'asc', version: 'asc' }, populate: ['agency'] },
    );
    return snapshots.map(verified);
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
    const snapshot = await em.findOne(
      StatisticsSnapshot,
      {
        agency: agency.id,
        year,
        quarter: asQuarter(quarter),
        ...(version === undefined ? {} : { version }),
      },
      { orderBy: { version: 'desc' }, populate: ['agency'] },
    );
    return verified(snapshot);
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
    const report = await em.findOne(AnnualReport, {
      agency: agency.id,
      year,
      includeSubtree,
      status: AnnualReportStatus.FINAL,
    });
    return verified(report);
  }
}
