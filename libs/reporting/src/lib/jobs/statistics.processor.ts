import { EntityManager } from '@mikro-orm/postgresql';
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { type Job, type Queue, UnrecoverableError } from 'bullmq';
import {
  CLOCK,
  CodedJobFailures,
  jobId,
  type JobName,
  type JobPayloads,
  QueueName,
} from '@gongkai/platform';
import { type Clock, DomainError } from '@gongkai/rules';
import { previousQuarter } from '../statistics/reporting-period.js';
import { PrepareAnnualReportUseCase } from '../use-cases/prepare-annual-report.use-case.js';
import { PublishQuarterlyStatisticsUseCase } from '../use-cases/publish-quarterly-statistics.use-case.js';

type StatisticsJob = {
  [J in JobName]: J extends `statistics.${string}` ? Job<JobPayloads[J], unknown, J> : never;
}[JobName];

/**
 * Runs the statistics jobs. The scheduler ticks fan out one job per agency with a deterministic
 * id, so a re-run tick adds nothing; each per-agency job is idempotent in the database as well
 * (unique snapshot key, draft upsert). A domain error (an identity failing, say) will not heal on
 * a retry: it fails the job at once, visibly, and nothing is published.
 */
@Processor(QueueName.STATISTICS, { concurrency: 2 })
export class StatisticsProcessor extends WorkerHost {
  constructor(
    private readonly em: EntityManager,
    @InjectQueue(QueueName.STATISTICS) private readonly queue: Queue,
    private readonly publishUseCase: PublishQuarterlyStatisticsUseCase,
    private readonly prepareUseCase: PrepareAnnualReportUseCase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  @CodedJobFailures()
  async process(job: StatisticsJob): Promise<unknown> {
    try {
      return await this.run(job);
    } catch (error) {
      // A rule said no: a retry would be told the same (logged by CodedJobFailures).
      if (error instanceof DomainError) throw new UnrecoverableError(error.code);
      throw error;
    }
  }

  private async run(job: StatisticsJob): Promise<unknown> {
    switch (job.name) {
      case 'statistics.publish-due-quarter': {
        const { year, quarter } = previousQuarter(this.clock.now());
        const agencies = await this.agencies();
        await this.queue.addBulk(
          agencies.map(({ id }) => ({
            name: 'statistics.publish-quarter',
            data: { agencyId: id, year, quarter },
            opts: { jobId: jobId('statistics.publish-quarter', id, year, quarter) },
          })),
        );
        return { year, quarter, agencies: agencies.length };
      }
      case 'statistics.publish-quarter': {
        const { snapshot, created } = await this.publishUseCase.execute({
          ...job.data,
          principal: null,
        });
        return { snapshotId: snapshot.id, created };
      }
      case 'statistics.draft-annual-reports': {
        const year = previousQuarter(this.clock.now()).year;
        const agencies = await this.agencies();
        const parents = new Set(agencies.map((a) => a.parentId).filter((id) => id !== null));
        const jobs = agencies.flatMap(({ id }) =>
          (parents.has(id) ? [false, true] : [false]).map((includeSubtree) => ({
            name: 'statistics.draft-annual-report' as const,
            data: { agencyId: id, year, includeSubtree },
            opts: {
              jobId: jobId('statistics.draft-annual-report', id, year, String(includeSubtree)),
            },
          })),
        );
        await this.queue.addBulk(jobs);
        return { year, drafts: jobs.length };
      }
      case 'statistics.draft-annual-report': {
        const report = await this.prepareUseCase.execute({ ...job.data, principal: null });
        return { annualReportId: report.id, status: report.status };
      }
    }
  }

  private async agencies(): Promise<{ id: string; parentId: string | null }[]> {
    const rows = await this.em
      .fork()
      .execute<{ id: string; parent_id: string | null }[]>(
        'select id, parent_id from agency order by path',
      );
    return rows.map((r) => ({ id: r.id, parentId: r.parent_id }));
  }
}
