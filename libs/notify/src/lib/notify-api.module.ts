import { Module } from '@nestjs/common';
import { QueueModule, QueueName } from '@gongkai/platform';
import { MailDiagnosticsResolver } from './graphql/mail-diagnostics.resolver.js';
import { SendTestEmailUseCase } from './mail/send-test-email.use-case.js';
import { OperationsMetrics } from './operations/operations-metrics.service.js';

/** GraphQL side of notifications (imported by apps/api only). */
@Module({
  imports: [QueueModule.registerQueues(QueueName.MAIL)],
  providers: [SendTestEmailUseCase, MailDiagnosticsResolver, OperationsMetrics],
})
export class NotifyApiModule {}
