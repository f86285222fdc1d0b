import { CreateRequestContext } from '@mikro-orm/decorators/legacy';
import { MikroORM } from '@mikro-orm/postgresql';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { CodedJobFailures, type JobName, type JobPayloads, QueueName } from '@gongkai/platform';
import { IssuePasswordResetUseCase } from '../password.use-cases.js';
import { PurgeExpiredSignupsUseCase } from '../register-applicant.use-case.js';

type AccountsJob = {
  [J in JobName]: J extends `accounts.${string}` ? Job<JobPayloads[J], unknown, J> : never;
}[JobName];

/**
 * The account jobs: `accounts.issue-password-reset` for each relayed
 * `account.password-reset-requested` row, which returns and logs nothing of its own (whether the
 * address has an account is exactly what must not leak); and the daily
 * `accounts.purge-expired-signups`, whose result (kept with the job) is how many it deleted.
 */
@Processor(QueueName.ACCOUNTS, { concurrency: 4 })
export class AccountsProcessor extends WorkerHost {
  constructor(
    // Read by @CreateRequestContext to fork a fresh EntityManager per job.
    readonly orm: MikroORM,
    private readonly issue: IssuePasswordResetUseCase,
    private readonly purge: PurgeExpiredSignupsUseCase,
  ) {
    super();
  }

  @CodedJobFailures()
  @CreateRequestContext()
  async process(job: AccountsJob): Promise<unknown> {
    switch (job.name) {
      case 'accounts.issue-password-reset':
        await this.issue.execute({ outboxMessageId: job.data.outboxMessageId });
        return undefined;
      case 'accounts.purge-expired-signups':
        return { deleted: await this.purge.execute() };
    }
  }
}
