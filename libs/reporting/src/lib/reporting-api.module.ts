import { Module } from '@nestjs/common';
import { AnnualReportResolver } from './graphql/annual-report.resolver.js';
import { StatisticsPresenter } from './graphql/statistics.presenter.js';
import { StatisticsResolver } from './graphql/statistics.resolver.js';
import { StatisticsDownloadController } from './http/statistics-download.controller.js';
import { reportingCalendarProvider } from './support/working-day-calendar.provider.js';
import { AnnualReportQuery } from './use-cases/annual-report.query.js';
import { FinalizeAnnualReportUseCase } from './use-cases/finalize-annual-report.use-case.js';
import { PrepareAnnualReportUseCase } from './use-cases/prepare-annual-report.use-case.js';
import { PublishQuarterlyStatisticsUseCase } from './use-cases/publish-quarterly-statistics.use-case.js';
import { MonthlyStatisticsQuery } from './use-cases/monthly-statistics.query.js';
import { PublishedStatisticsQuery } from './use-cases/published-statistics.query.js';
import { QuarterlyStatisticsQuery } from './use-cases/quarterly-statistics.query.js';
import { StatisticsRollUpQuery } from './use-cases/statistics-roll-up.query.js';

/** GraphQL and download side of statistics and reports (imported by apps/api only). */
@Module({
  controllers: [StatisticsDownloadController],
  providers: [
    reportingCalendarProvider,
    QuarterlyStatisticsQuery,
    MonthlyStatisticsQuery,
    StatisticsRollUpQuery,
    PublishedStatisticsQuery,
    PublishQuarterlyStatisticsUseCase,
    AnnualReportQuery,
    PrepareAnnualReportUseCase,
    FinalizeAnnualReportUseCase,
    StatisticsPresenter,
    StatisticsResolver,
    AnnualReportResolver,
  ],
})
export class ReportingApiModule {}
