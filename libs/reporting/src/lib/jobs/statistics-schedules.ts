import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { ensureInBackground, QueueName } from '@gongkai/platform';

export const STATISTICS_TIME_ZONE = 'Asia/Shanghai';

/** 01:00 on the first day of January, April, July and October. */
export const PUBLISH_QUARTER_PATTERN = '0 1 1 1,4,7,10 *';
/** 02:00 on 1 January, after the fourth quarter is published. */
export const DRAFT_ANNUAL_REPORTS_PATTERN = '0 2 1 1 *';

/**
 * Registers the statistics job schedulers when a worker starts, without holding the start up
 * while Redis is away. `upsertJobScheduler` is idempotent: every worker (and every restart)
 * writes the same scheduler, and BullMQ makes one job per tick however many workers run.
 */
@Injectable()
export class StatisticsSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(StatisticsSchedules.name);

  constructor(@InjectQueue(QueueName.STATISTICS) private readonly queue: Queue) {}

  onApplicationBootstrap(): void {
    ensureInBackground(this.logger, 'statistics schedules', () => this.ensure());
  }

  async ensure(): Promise<void> {
    await this.queue.upsertJobScheduler(
      'statistics.publish-due-quarter',
      { pattern: PUBLISH_QUARTER_PATTERN, tz: STATISTICS_TIME_ZONE },
      { name: 'statistics.publish-due-quarter', data: {} },
    );
    await this.queue.upsertJobScheduler(
      'statistics.draft-annual-reports',
      { pattern: DRAFT_ANNUAL_REPORTS_PATTERN, tz: STATISTICS_TIME_ZONE },
      { name: 'statistics.draft-annual-reports', data: {} },
    );
  }
}
