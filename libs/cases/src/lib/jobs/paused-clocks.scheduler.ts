import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { CLOCK, ensureInBackground, jobId, type JobPayloads, QueueName } from '@gongkai/platform';
import { type Clock, localDateInShanghai } from '@gongkai/rules';

/** The one schedule's id: N workers upsert the same one and make one schedule. */
export const PAUSED_CLOCKS_SCHEDULER_ID = 'clocks.refresh-paused.daily';
/** 00:05 every day in Asia/Shanghai, before the 08:30 reminder scan reads the dates. */
export const PAUSED_CLOCKS_CRON = '5 0 * * *';

/**
 * Registers the daily refresh of paused clocks, and catches up when a worker starts: today's run
 * is added under the job id `clocks.refresh-paused_<day>`, which BullMQ takes once a day however
 * many workers start (a repeated run would change nothing anyway).
 */
@Injectable()
export class PausedClocksScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(PausedClocksScheduler.name);

  constructor(
    @InjectQueue(QueueName.CLOCKS)
    private readonly queue: Queue<JobPayloads['clocks.refresh-paused']>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    ensureInBackground(this.logger, 'paused-clock schedule', () => this.ensure());
  }

  async ensure(): Promise<void> {
    await this.queue.upsertJobScheduler(
      PAUSED_CLOCKS_SCHEDULER_ID,
      { pattern: PAUSED_CLOCKS_CRON, tz: 'Asia/Shanghai' },
      { name: 'clocks.refresh-paused', data: {} },
    );
    const today = localDateInShanghai(this.clock.now());
    await this.queue.add(
      'clocks.refresh-paused',
      { on: today },
      { jobId: jobId('clocks.refresh-paused', today) },
    );
  }
}
