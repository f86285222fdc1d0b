import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { AnnualReport, AnnualReportStatus, type Agency } from '@gongkai/data';
import { CLOCK, type Principal } from '@gongkai/platform';
import { type Clock, yearPeriod } from '@gongkai/rules';
import { buildAnnualReport } from '../annual-report/build-annual-report.js';
import { assertPeriodOver, assertYear } from '../statistics/reporting-period.js';
import { checksumOf } from '../support/canonical-json.js';
import { assertStatisticsAccess, findAgency } from '../support/statistics-access.js';

export interface AnnualReportCommand {
  readonly agencyId: string;
  readonly year: number;
  readonly includeSubtree: boolean;
  /** Null for the January job. */
  readonly principal: Principal | null;
}

/**
 * Stores the annual-report tables of a finished year as a DRAFT (the January job, or a
 * supervisor's refresh): an upsert on (agency, year, scope) that rewrites a draft with fresh
 * numbers and leaves a FINAL report untouched, so re-runs are harmless.
 */
export async function prepareAnnualReport(
  em: EntityManager,
  agency: Agency,
  year: number,
  includeSubtree: boolean,
  now: Date,
): Promise<AnnualReport> {
  assertYear(year);
  assertPeriodOver(yearPeriod(year), now);
  const data = (await buildAnnualReport(em, agency, year, includeSubtree)) as unknown as Record<
    string,
    unknown
  >;
  await em.execute(
    `insert into annual_report
       (id, agency_id, year, include_subtree, status, data, checksum, prepared_at)
     values (gen_random_uuid(), ?, ?, ?, '${AnnualReportStatus.DRAFT}', ?::jsonb, ?, ?::timestamptz)
     on conflict (agency_id, year, include_subtree) do update
       set data = excluded.data, checksum = excluded.checksum, prepared_at = excluded.prepared_at
       where annual_report.status = '${AnnualReportStatus.DRAFT}'`,
    [agency.id, year, includeSubtree, JSON.stringify(data), checksumOf(data), now.toISOString()],
  );
  return em.findOneOrFail(
    AnnualReport,
    { agency: agency.id, year, includeSubtree },
    { refresh: true },
  );
}

@Injectable()
export class PrepareAnnualReportUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: AnnualReportCommand): Promise<AnnualReport> {
    const now = this.clock.now();
    return this.em.fork().transactional(async (em) => {
      const agency = await findAgency(em, command.agencyId);
      if (command.principal) await assertStatisticsAccess(em, command.principal, agency, 'publish');
      return prepareAnnualReport(em, agency, command.year, command.includeSubtree, now);
    });
  }
}
