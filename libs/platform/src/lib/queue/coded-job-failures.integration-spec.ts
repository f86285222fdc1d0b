import { Logger } from '@nestjs/common';
import { Queue, QueueEvents, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { CodedJobFailures } from './coded-job-failures.js';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Fails as a processor does when the database refuses a statement holding an address. */
class AddressLookupProcessor {
  @CodedJobFailures()
  async process(job: Job<{ email: string; unrecoverable?: boolean }>): Promise<void> {
    const message = `select "id" from "app_user" where "email" = '${job.data.email}' - terminating connection due to administrator command`;
    if (job.data.unrecoverable) throw new UnrecoverableError(`${message} (given up)`);
    throw Object.assign(new Error(message), { code: '57P01' });
  }
}

describe('CodedJobFailures (integration: BullMQ on Redis)', () => {
  const prefix = `{test-coded-failures-${process.pid}}`;
  const connection = { url: REDIS_URL };
  let queue: Queue;
  let events: QueueEvents;
  let worker: Worker;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    queue = new Queue('accounts', { connection, prefix });
    events = new QueueEvents('accounts', { connection, prefix });
    const processor = new AddressLookupProcessor();
    worker = new Worker('accounts', (job: Job) => processor.process(job), { connection, prefix });
    await Promise.all([events.waitUntilReady(), worker.waitUntilReady()]);
  });

  afterAll(async () => {
    await worker?.close();
    await events?.close();
    await queue?.close();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  const failed = async (data: object, attempts: number) => {
    const job = await queue.add('lookup', data, {
      attempts,
      backoff: { type: 'fixed', delay: 10 },
    });
    await job.waitUntilFinished(events).catch(() => undefined);
    return (await queue.getJob(job.id!))!;
  };

  it('leaves a coded reason and stack in Redis, without the address, on every attempt', async () => {
    const job = await failed({ email: 'zhang.san@example.cn' }, 2);
    expect(job.attemptsMade).toBe(2);
    expect(job.failedReason).toBe('JOB.FAILED Error 57P01');
    expect(job.stacktrace).toHaveLength(2);
    // As stored (the job's data is the test's; a real job carries ids only).
    const redis = new Redis(REDIS_URL);
    const stored = await redis.hmget(`${prefix}:accounts:${job.id}`, 'failedReason', 'stacktrace');
    redis.disconnect();
    expect(stored[0]).toBe('JOB.FAILED Error 57P01');
    expect(stored[1]).toContain('JOB.FAILED Error 57P01');
    expect(stored.join('')).not.toContain('zhang.san');
    // The frames say where it failed.
    expect(job.stacktrace?.[0]).toContain('AddressLookupProcessor.process');
  });

  it('keeps an unrecoverable failure unrecoverable: no second attempt', async () => {
    const job = await failed({ email: 'li.si@example.cn', unrecoverable: true }, 3);
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toBe('JOB.FAILED UnrecoverableError');
    expect(JSON.stringify(job.stacktrace)).not.toContain('li.si');
  });
});
