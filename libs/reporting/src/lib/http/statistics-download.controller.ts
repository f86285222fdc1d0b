import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@gongkai/platform';
import { DomainError } from '@gongkai/rules';
import type { AnnualReportData } from '../annual-report/annual-report-data.js';
import { annualReportCsv, annualReportXlsx } from '../exports/annual-report-export.js';
import {
  quarterlyStatisticsCsv,
  quarterlyStatisticsXlsx,
} from '../exports/quarterly-statistics-export.js';
import type { QuarterlyStatistics } from '../statistics/quarterly-statistics.js';
import { ReportingErrorCode } from '../reporting-error-code.js';
import { PublishedStatisticsQuery } from '../use-cases/published-statistics.query.js';
import { parseDownloadName } from './download-paths.js';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

function notFound(): NotFoundException {
  return new NotFoundException('未发布 (not published)');
}

const NOT_PUBLISHED_CODES: readonly string[] = [
  ReportingErrorCode.UNKNOWN_AGENCY,
  ReportingErrorCode.INVALID_YEAR,
  ReportingErrorCode.INVALID_QUARTER,
];

/** An unknown agency or a bad year is simply "not published" to an anonymous reader. */
async function orNull<T>(lookup: Promise<T | null>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof DomainError && NOT_PUBLISHED_CODES.includes(error.code)) return null;
    throw error;
  }
}

/**
 * Public downloads of what was published: `/statistics/<agencyCode>/<year>-Q<n>.xlsx|csv`
 * (the latest version, or `?version=n`) and, once final, `/statistics/<agencyCode>/<year>-annual.xlsx|csv`
 * (`?includeSubtree=true` for the whole tree). Files are rendered from the stored JSON, so a
 * download always shows exactly the published numbers.
 */
@Public()
@Controller('statistics')
export class StatisticsDownloadController {
  constructor(private readonly published: PublishedStatisticsQuery) {}

  @Get(':agencyCode/:file')
  async download(
    @Param('agencyCode') agencyCode: string,
    @Param('file') file: string,
    @Query('version') version: string | undefined,
    @Query('includeSubtree') includeSubtree: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    const parsed = parseDownloadName(file);
    if (!parsed) throw notFound();
    let body: Buffer | string;
    let filename: string;
    if (parsed.kind === 'quarter') {
      const v = version === undefined ? undefined : Number(version);
      if (v !== undefined && (!Number.isSafeInteger(v) || v < 1)) throw notFound();
      const snapshot = await orNull(
        this.published.snapshot(agencyCode, parsed.year, parsed.quarter, v),
      );
      if (!snapshot) throw notFound();
      const data = snapshot.data as unknown as QuarterlyStatistics;
      body =
        parsed.format === 'xlsx'
          ? await quarterlyStatisticsXlsx(data)
          : quarterlyStatisticsCsv(data);
      filename = `${agencyCode}-${parsed.year}-Q${parsed.quarter}-v${snapshot.version}.${parsed.format}`;
      reply.header('X-Statistics-Version', String(snapshot.version));
      reply.header('X-Statistics-Checksum', snapshot.checksum);
    } else {
      const report = await orNull(
        this.published.finalAnnualReport(agencyCode, parsed.year, includeSubtree === 'true'),
      );
      if (!report) throw notFound();
      const data = report.data as unknown as AnnualReportData;
      body = parsed.format === 'xlsx' ? await annualReportXlsx(data) : annualReportCsv(data);
      filename = `${agencyCode}-${parsed.year}-annual.${parsed.format}`;
      reply.header('X-Statistics-Checksum', report.checksum);
    }
    reply.header('Content-Type', CONTENT_TYPES[parsed.format]);
    reply.header(
      'Content-Disposition',
      `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    );
    return body;
  }
}
