import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { CLOCK, ensureInBackground, jobId, type JobPayloads, QueueName } from '@gongkai/platform';
import { type Clock, localDateInShanghai, type WorkingDayCalendar } from '@gongkai/rules';
import { NOTIFY_CALENDAR } from '../support/calendar.provider.js';

/** The one schedule's id: every worker upserts the same one, so N workers make one schedule. */
export const REMINDER_SCHEDULER_ID = 'reminders.daily';
/** 08:30 every day in Asia/Shanghai; the job itself skips non-working days by the calendar. */
export const REMINDER_CRON = '30 8 * * *';
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/**
 * Registers the daily reminder scan with BullMQ (a job scheduler with a fixed id) and catches
 * up after downtime: a worker starting on a working day after 08:30 adds today's scan under the
 * job id `reminders.scan_<day>`, which BullMQ takes once however many workers start. What fell
 * due on days the system was down is still due (or overdue) today, so one scan catches up.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(
    @InjectQueue(QueueName.REMINDERS)
    private readonly queue: Queue<JobPayloads['reminders.scan']>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NOTIFY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  onApplicationBootstrap(): void {
    ensureInBackground(this.logger, 'reminder schedule', () => this.ensure());
  }

  async ensure(): Promise<void> {
    await this.queue.upsertJobScheduler(
      REMINDER_SCHEDULER_ID,
      { pattern: REMINDER_CRON, tz: 'Asia/Shanghai' },
      { name: 'reminders.scan', data: {} },
    );
    const now = this.clock.now();
    const today = localDateInShanghai(now);
    const shanghai = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
    const afterScanTime = shanghai.getUTCHours() * 60 + shanghai.getUTCMinutes() >= 8 * 60 + 30;
    if (afterScanTime && this.calendar.isWorkingDay(today)) {
      await this.queue.add(
        'reminders.scan',
        { on: today },
        { jobId: jobId('reminders.scan', today) },
      );
    }
  }
}
