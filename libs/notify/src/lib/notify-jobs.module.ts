import { Module } from '@nestjs/common';
import { dataProtectionProvider, MailTransport, QueueModule, QueueName } from '@gongkai/platform';
import { MailProcessor } from './mail/mail.processor.js';
import { NoticeProcessor } from './notices/notice.processor.js';
import { OutboxRelay } from './outbox/outbox-relay.service.js';
import { ReminderProcessor } from './reminders/reminder.processor.js';
import { ReminderScheduler } from './reminders/reminder-scheduler.service.js';
import { notifyCalendarProvider } from './support/calendar.provider.js';

/** Processors of notifications (imported by apps/worker only). */
@Module({
  imports: [QueueModule.registerQueues(QueueName.MAIL, QueueName.NOTICES, QueueName.REMINDERS)],
  providers: [
    MailTransport,
    dataProtectionProvider,
    notifyCalendarProvider,
    MailProcessor,
    NoticeProcessor,
    OutboxRelay,
    ReminderProcessor,
    ReminderScheduler,
  ],
})
export class NotifyJobsModule {}
