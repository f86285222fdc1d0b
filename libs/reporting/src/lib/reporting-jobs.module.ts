import { Module } from '@nestjs/common';

/** Statistics publication and annual-report drafting jobs (imported by apps/worker only). */
@Module({ providers: [] })
export class ReportingJobsModule {}
