import { CreateRequestContext } from '@mikro-orm/decorators/legacy';
import { MikroORM } from '@mikro-orm/postgresql';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { CodedJobFailures, type JobPayloads, QueueName } from '@gongkai/platform';
import { isLocalDate } from '@gongkai/rules';
import {
  RefreshPausedClocksUseCase,
  type RefreshPausedClocksResult,
} from './refresh-paused-clocks.use-case.js';

/** Runs `clocks.refresh-paused`: one job at a time, however many workers run. */
@Processor(QueueName.CLOCKS, { concurrency: 1 })
export class PausedClocksProcessor extends WorkerHost {
  constructor(
    // Read by @CreateRequestContext to fork a fresh EntityManager per job.
    readonly orm: MikroORM,
    private readonly refresh: RefreshPausedClocksUseCase,
  ) {
    super();
  }

  @CodedJobFailures()
  @CreateRequestContext()
  async process(
    job: Job<JobPayloads['clocks.refresh-paused']>,
  ): Promise<RefreshPausedClocksResult> {
    const on = job.data.on;
    return this.refresh.execute(on !== undefined && isLocalDate(on) ? on : undefined);
  }
}
