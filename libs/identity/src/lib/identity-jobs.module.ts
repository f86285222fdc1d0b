import { Module } from '@nestjs/common';
import { QueueModule, QueueName } from '@gongkai/platform';
import { PasswordResetProcessor } from './jobs/password-reset.processor.js';
import { IssuePasswordResetUseCase } from './password.use-cases.js';

/** The account jobs (imported by apps/worker only): reset links asked for through the outbox. */
@Module({
  imports: [QueueModule.registerQueues(QueueName.ACCOUNTS)],
  providers: [IssuePasswordResetUseCase, PasswordResetProcessor],
})
export class IdentityJobsModule {}
