import { Module } from '@nestjs/common';
import { QueueModule, QueueName } from '@gongkai/platform';
import { StatisticsProcessor } from './jobs/statistics.processor.js';
import { StatisticsSchedules } from './jobs/statistics-schedules.js';
import { reportingCalendarProvider } from './support/working-day-calendar.provider.js';
import { PrepareAnnualReportUseCase } from './use-cases/prepare-annual-report.use-case.js';
import { PublishQuarterlyStatisticsUseCase } from './use-cases/publish-quarterly-statistics.use-case.js';

/** Statistics publication and annual-report drafting jobs (imported by apps/worker only). */
@Module({
  imports: [QueueModule.registerQueues(QueueName.STATISTICS)],
  providers: [
    reportingCalendarProvider,
    PublishQuarterlyStatisticsUseCase,
    PrepareAnnualReportUseCase,
    StatisticsProcessor,
    StatisticsSchedules,
  ],
})
export class ReportingJobsModule {}
