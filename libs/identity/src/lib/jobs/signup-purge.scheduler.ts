import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { ensureInBackground, type JobPayloads, QueueName } from '@gongkai/platform';

/** The one schedule's id: N workers upsert the same one and make one schedule. */
export const SIGNUP_PURGE_SCHEDULER_ID = 'accounts.purge-expired-signups.daily';
/** 03:15 every day in Asia/Shanghai. A missed day is caught up by the next: it purges by date. */
export const SIGNUP_PURGE_CRON = '15 3 * * *';

/** Registers the daily purge of expired applicant sign-ups when a worker starts. */
@Injectable()
export class SignupPurgeScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(SignupPurgeScheduler.name);

  constructor(
    @InjectQueue(QueueName.ACCOUNTS)
    private readonly queue: Queue<JobPayloads['accounts.purge-expired-signups']>,
  ) {}

  onApplicationBootstrap(): void {
    ensureInBackground(this.logger, 'sign-up purge schedule', () => this.ensure());
  }

  async ensure(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SIGNUP_PURGE_SCHEDULER_ID,
      { pattern: SIGNUP_PURGE_CRON, tz: 'Asia/Shanghai' },
      { name: 'accounts.purge-expired-signups', data: {} },
    );
  }
}
