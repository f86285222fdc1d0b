import { Module } from '@nestjs/common';
import { QueueModule, QueueName } from '@gongkai/platform';
import { AccountsProcessor } from './jobs/accounts.processor.js';
import { SignupPurgeScheduler } from './jobs/signup-purge.scheduler.js';
import { IssuePasswordResetUseCase } from './password.use-cases.js';
import { PurgeExpiredSignupsUseCase } from './register-applicant.use-case.js';

/**
 * The account jobs (imported by apps/worker only): reset links asked for through the outbox, and
 * the daily purge of expired applicant sign-ups.
 */
@Module({
  imports: [QueueModule.registerQueues(QueueName.ACCOUNTS)],
  providers: [
    IssuePasswordResetUseCase,
    PurgeExpiredSignupsUseCase,
    AccountsProcessor,
    SignupPurgeScheduler,
  ],
})
export class IdentityJobsModule {}
