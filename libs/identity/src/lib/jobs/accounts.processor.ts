import { CreateRequestContext } from '@mikro-orm/decorators/legacy';
import { MikroORM } from '@mikro-orm/postgresql';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { CodedJobFailures, type JobPayloads, QueueName } from '@gongkai/platform';
import { IssuePasswordResetUseCase } from '../password.use-cases.js';

/**
 * Runs `accounts.issue-password-reset` for each relayed `account.password-reset-requested` row.
 * It returns nothing and logs nothing of its own: whether the address has an account is exactly
 * what must not leak.
 */
@Processor(QueueName.ACCOUNTS, { concurrency: 4 })
export class PasswordResetProcessor extends WorkerHost {
  constructor(
    // Read by @CreateRequestContext to fork a fresh EntityManager per job.
    readonly orm: MikroORM,
    private readonly issue: IssuePasswordResetUseCase,
  ) {
    super();
  }

  @CodedJobFailures()
  @CreateRequestContext()
  async process(job: Job<JobPayloads['accounts.issue-password-reset']>): Promise<void> {
    await this.issue.execute({ outboxMessageId: job.data.outboxMessageId });
  }
}
