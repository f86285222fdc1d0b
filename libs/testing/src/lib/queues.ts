import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueName } from '@gongkai/platform';

/**
 * Waits until no queue under `prefix` has waiting, active or delayed jobs. The next tick of a job
 * scheduler (a delayed job with id `repeat:<scheduler>:<time>`) is always there and is ignored.
 */
export async function waitForQueuesIdle(
  redisUrl: string,
  prefix: string,
  timeoutMs = 15_000,
): Promise<void> {
  const connection = { url: redisUrl };
  const queues = Object.values(QueueName).map((name) => new Queue(name, { connection, prefix }));
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const counts = await Promise.all(
        queues.map(async (q) => {
          const counts = await q.getJobCounts('waiting', 'active', 'prioritized');
          const delayed = await q.getDelayed();
          return { ...counts, delayed: delayed.filter((j) => !j.id?.startsWith('repeat:')).length };
        }),
      );
      if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
      if (Date.now() > deadline) throw new Error(`queues not idle: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}

/** Deletes every key under a test's own queue prefix. */
export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  if (!prefix.includes('test'))
    throw new Error(`Refusing to delete Redis prefix "${prefix}" without "test"`);
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
