import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { OutboxMessage, StatisticsSnapshot, type Agency } from '@gongkai/data';
import { CLOCK, type Principal } from '@gongkai/platform';
import { type Clock, DomainError, type WorkingDayCalendar } from '@gongkai/rules';
import { ReportingErrorCode } from '../reporting-error-code.js';
import { buildQuarterlyStatistics } from '../statistics/build-quarterly-statistics.js';
import { asQuarter, assertPeriodOver, quarterPeriods } from '../statistics/reporting-period.js';
import { checksumOf } from '../support/canonical-json.js';
import { assertStatisticsAccess, findAgency } from '../support/statistics-access.js';
import { REPORTING_CALENDAR } from '../support/working-day-calendar.provider.js';

export interface PublishQuarterlyStatisticsCommand {
  readonly agencyId: string;
  readonly year: number;
  readonly quarter: number;
  /** Null for the scheduled job (the system publishes). */
  readonly principal: Principal | null;
  /** Set for a correction: a new version with this reason. */
  readonly correctionReason?: string | null;
}

export interface PublicationResult {
  readonly snapshot: StatisticsSnapshot;
  /** False when this quarter's version 1 was already there (a re-run or a double click). */
  readonly created: boolean;
}

const REASON_MAX = 1000;

function validReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '')
    throw new DomainError(ReportingErrorCode.REASON_REQUIRED, '更正须说明理由 (reason required)');
  if (trimmed.length > REASON_MAX) {
    throw new DomainError(ReportingErrorCode.REASON_TOO_LONG, `理由不超过 ${REASON_MAX} 字`, {
      max: REASON_MAX,
    });
  }
  return trimmed;
}

/**
 * Publishes an agency's own statistics for a finished quarter as an immutable snapshot (JSON,
 * SHA-256, publication time) and tells the agency's supervisors through the outbox
 * (`mail.statistics-published`), in one transaction.
 *
 * Version 1 is `insert … on conflict do nothing` on (agency, year, quarter, version): two
 * workers, a retried job and a double click all end with one snapshot and one e-mail. A
 * correction inserts max(version) + 1 with its reason; earlier versions stay. Two corrections
 * racing for the same number: the loser gets `STATISTICS.PUBLICATION_CONFLICT`.
 */
@Injectable()
export class PublishQuarterlyStatisticsUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(REPORTING_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: PublishQuarterlyStatisticsCommand): Promise<PublicationResult> {
    const now = this.clock.now();
    const quarter = asQuarter(command.quarter);
    const { period } = quarterPeriods(command.year, quarter);
    // A correction is asked for by giving a reason (even an empty one, which is refused).
    const correction = typeof command.correctionReason === 'string';
    const reason = correction ? validReason(command.correctionReason ?? '') : null;
    return this.em.fork().transactional(async (em) => {
      const agency = await findAgency(em, command.agencyId);
      if (command.principal) await assertStatisticsAccess(em, command.principal, agency, 'publish');
      assertPeriodOver(period, now);
      const statistics = await buildQuarterlyStatistics(
        em,
        this.calendar,
        agency,
        command.year,
        quarter,
        false,
      );
      const data = statistics as unknown as Record<string, unknown>;
      const id = correction
        ? await this.insertCorrection(em, agency, command, quarter, data, reason, now)
        : await this.insertFirstVersion(em, agency, command, quarter, data, now);
      if (id === null) {
        const existing = await em.findOneOrFail(StatisticsSnapshot, {
          agency: agency.id,
          year: command.year,
          quarter,
          version: 1,
        });
        return { snapshot: existing, created: false };
      }
      em.persist(OutboxMessage.create('mail.statistics-published', { snapshotId: id }, now));
      const snapshot = await em.findOneOrFail(StatisticsSnapshot, id);
      return { snapshot, created: true };
    });
  }

  private async insertFirstVersion(
    em: EntityManager,
    agency: Agency,
    command: PublishQuarterlyStatisticsCommand,
    quarter: number,
    data: Record<string, unknown>,
    now: Date,
  ): Promise<string | null> {
    const rows = await em.execute<{ id: string }[]>(
      `insert into statistics_snapshot
         (id, agency_id, year, quarter, version, data, checksum, published_at, published_by_id, reason)
       values (gen_random_uuid(), ?, ?, ?, 1, ?::jsonb, ?, ?::timestamptz, ?, null)
       on conflict (agency_id, year, quarter, version) do nothing
       returning id`,
      [
        agency.id,
        command.year,
        quarter,
        JSON.stringify(data),
        checksumOf(data),
        now.toISOString(),
        command.principal?.userId ?? null,
      ],
    );
    return rows[0]?.id ?? null;
  }

  private async insertCorrection(
    em: EntityManager,
    agency: Agency,
    command: PublishQuarterlyStatisticsCommand,
    quarter: number,
    data: Record<string, unknown>,
    reason: string | null,
    now: Date,
  ): Promise<string> {
    const [latest] = await em.execute<{ version: number | null }[]>(
      `select max(version) as version from statistics_snapshot
        where agency_id = ? and year = ? and quarter = ?`,
      [agency.id, command.year, quarter],
    );
    if (!latest?.version) {
      throw new DomainError(
        ReportingErrorCode.NOT_PUBLISHED,
        '该季度尚未发布，无需更正 (publish the quarter first)',
        { year: command.year, quarter },
      );
    }
    const rows = await em.execute<{ id: string }[]>(
      `insert into statistics_snapshot
         (id, agency_id, year, quarter, version, data, checksum, published_at, published_by_id, reason)
       values (gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, ?, ?::timestamptz, ?, ?)
       on conflict (agency_id, year, quarter, version) do nothing
       returning id`,
      [
        agency.id,
        command.year,
        quarter,
        latest.version + 1,
        JSON.stringify(data),
        checksumOf(data),
        now.toISOString(),
        command.principal?.userId ?? null,
        reason,
      ],
    );
    const id = rows[0]?.id;
    if (!id) {
      throw new DomainError(
        ReportingErrorCode.PUBLICATION_CONFLICT,
        '同一季度的更正正在同时发布，请刷新后重试 (another correction was published meanwhile)',
      );
    }
    return id;
  }
}
