import { Module } from '@nestjs/common';

/** GraphQL and download side of statistics and reports (imported by apps/api only). */
@Module({ providers: [] })
export class ReportingApiModule {}
