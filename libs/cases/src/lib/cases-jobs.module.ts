import { Module } from '@nestjs/common';
import { QueueModule, QueueName } from '@gongkai/platform';
import { PausedClocksProcessor } from './jobs/paused-clocks.processor.js';
import { PausedClocksScheduler } from './jobs/paused-clocks.scheduler.js';
import { RefreshPausedClocksUseCase } from './jobs/refresh-paused-clocks.use-case.js';
import { workingDayCalendarProvider } from './support/working-day-calendar.provider.js';

/** The case jobs (imported by apps/worker only): the daily refresh of paused clocks. */
@Module({
  imports: [QueueModule.registerQueues(QueueName.CLOCKS)],
  providers: [
    workingDayCalendarProvider,
    RefreshPausedClocksUseCase,
    PausedClocksProcessor,
    PausedClocksScheduler,
  ],
})
export class CasesJobsModule {}
