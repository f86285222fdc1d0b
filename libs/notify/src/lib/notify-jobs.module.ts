import { Module } from '@nestjs/common';
import { MailTransport, QueueModule, QueueName } from '@gongkai/platform';
import { MailProcessor } from './mail/mail.processor.js';

/** Processors of notifications (imported by apps/worker only). */
@Module({
  imports: [QueueModule.registerQueues(QueueName.MAIL)],
  providers: [MailTransport, MailProcessor],
})
export class NotifyJobsModule {}
