import {
  Controller,
  Get,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public, RateLimitedError, RateLimitService } from '@gongkai/platform';
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
import { RenderedFileCache } from './rendered-file-cache.js';

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

/** Rendered files kept per api process (a published quarter's XLSX is about 10 kB). */
const RENDERED_CACHE_BYTES = 8 * 1024 * 1024;

/** A version named in the URL never changes; the latest may be superseded by a correction. */
const CACHE_CONTROL = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, no-cache',
} as const;

/** Whether an `If-None-Match` header names `etag` (or `*`); weak tags compare equal too. */
function matches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch)
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  return tags.includes(etag) || tags.includes('*');
}

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
  private readonly rendered = new RenderedFileCache(RENDERED_CACHE_BYTES);

  constructor(
    private readonly published: PublishedStatisticsQuery,
    private readonly limits: RateLimitService,
  ) {}

  /**
   * Published files never change, so each carries an ETag (`<checksum>-v<version>` and the
   * format), answers `304 Not Modified` to a matching `If-None-Match` without rendering, and is
   * rendered once per api process (`RenderedFileCache`). A URL naming its version is cacheable
   * for a year; the latest-version URL must be revalidated, as a correction may supersede it.
   * Like the other public operations, downloads are rate-limited per client address
   * (`statisticsDownloadPerAddress`: 429 with `Retry-After`).
   */
  @Get(':agencyCode/:file')
  async download(
    @Param('agencyCode') agencyCode: string,
    @Param('file') file: string,
    @Query('version') version: string | undefined,
    @Query('includeSubtree') includeSubtree: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    await this.limit(request.ip, reply);
    const parsed = parseDownloadName(file);
    if (!parsed) throw notFound();
    let etag: string;
    let render: () => Promise<Buffer | string> | Buffer | string;
    let filename: string;
    let cacheControl: string;
    if (parsed.kind === 'quarter') {
      const v = version === undefined ? undefined : Number(version);
      if (v !== undefined && (!Number.isSafeInteger(v) || v < 1)) throw notFound();
      const snapshot = await orNull(
        this.published.snapshot(agencyCode, parsed.year, parsed.quarter, v),
      );
      if (!snapshot) throw notFound();
      const data = snapshot.data as unknown as QuarterlyStatistics;
      etag = `"${snapshot.checksum}-v${snapshot.version}.${parsed.format}"`;
      render = () =>
        parsed.format === 'xlsx' ? quarterlyStatisticsXlsx(data) : quarterlyStatisticsCsv(data);
      filename = `${agencyCode}-${parsed.year}-Q${parsed.quarter}-v${snapshot.version}.${parsed.format}`;
      cacheControl = v === undefined ? CACHE_CONTROL.revalidate : CACHE_CONTROL.immutable;
      reply.header('X-Statistics-Version', String(snapshot.version));
      reply.header('X-Statistics-Checksum', snapshot.checksum);
    } else {
      const report = await orNull(
        this.published.finalAnnualReport(agencyCode, parsed.year, includeSubtree === 'true'),
      );
      if (!report) throw notFound();
      const data = report.data as unknown as AnnualReportData;
      etag = `"${report.checksum}-annual.${parsed.format}"`;
      render = () => (parsed.format === 'xlsx' ? annualReportXlsx(data) : annualReportCsv(data));
      filename = `${agencyCode}-${parsed.year}-annual.${parsed.format}`;
      cacheControl = CACHE_CONTROL.revalidate;
      reply.header('X-Statistics-Checksum', report.checksum);
    }
    reply.header('ETag', etag);
    reply.header('Cache-Control', cacheControl);
    if (matches(request.headers['if-none-match'], etag)) {
      reply.code(HttpStatus.NOT_MODIFIED);
      return '';
    }
    let body = this.rendered.get(etag);
    if (body === undefined) {
      body = await render();
      this.rendered.set(etag, body);
    }
    reply.header('Content-Type', CONTENT_TYPES[parsed.format]);
    reply.header(
      'Content-Disposition',
      `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    );
    return body;
  }

  private async limit(address: string, reply: FastifyReply): Promise<void> {
    try {
      await this.limits.consume('statisticsDownloadPerAddress', address);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      const retryAfter = Number(error.details['retryAfterSeconds'] ?? 60);
      reply.header('Retry-After', String(retryAfter));
      throw new HttpException(
        { code: error.code, message: error.message, retryAfterSeconds: retryAfter },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }
}
