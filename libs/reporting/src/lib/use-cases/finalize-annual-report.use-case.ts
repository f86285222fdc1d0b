import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { AnnualReport, AnnualReportStatus, User } from '@gongkai/data';
import { CLOCK, type Principal } from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { ReportingErrorCode } from '../reporting-error-code.js';
import { assertStatisticsAccess, findAgency } from '../support/statistics-access.js';
import { prepareAnnualReport } from './prepare-annual-report.use-case.js';

/**
 * A supervisor marks the annual report final: the draft is rebuilt from the applications one last
 * time and frozen with its checksum. A final report is never rebuilt again.
 */
@Injectable()
export class FinalizeAnnualReportUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: {
    principal: Principal;
    agencyId: string;
    year: number;
    includeSubtree: boolean;
  }): Promise<AnnualReport> {
    const now = this.clock.now();
    return this.em.fork().transactional(async (em) => {
      const agency = await findAgency(em, command.agencyId);
      await assertStatisticsAccess(em, command.principal, agency, 'publish');
      const prepared = await prepareAnnualReport(
        em,
        agency,
        command.year,
        command.includeSubtree,
        now,
      );
      const report = await em.findOneOrFail(AnnualReport, prepared.id, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      });
      if (report.status === AnnualReportStatus.FINAL) {
        throw new DomainError(
          ReportingErrorCode.REPORT_ALREADY_FINAL,
          '年度报告已定稿 (the report is already final)',
          { year: command.year },
        );
      }
      report.finalize(em.getReference(User, command.principal.userId), now);
      return report;
    });
  }
}
