/**
 * S6's ceiling: a bare BullMQ pipeline on the same Redis. JOBS jobs are added 500 per `addBulk`
 * with ids and JOB_OPTIONS (the mail queue's), as the reminder scan enqueues its e-mails, and one
 * worker with CONCURRENCY takes them, each doing nothing. Prints one JSON line: the seconds from
 * the first add to the last completion, and this process's CPU milliseconds per job (adding and
 * running it). Started by s6-reminders.mjs as its own process, like the
 * Gongkai worker. Env: REDIS_URL, QUEUE_PREFIX, JOBS, CONCURRENCY, JOB_OPTIONS.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';

const jobs = Number(process.env['JOBS']);
const concurrency = Number(process.env['CONCURRENCY']);
const prefix = `{${process.env['QUEUE_PREFIX']}}`;
const name = 'bench-noop';
const connection = new Redis(process.env['REDIS_URL'] ?? '', { maxRetriesPerRequest: null });
const queue = new Queue(name, {
  connection,
  prefix,
  defaultJobOptions: JSON.parse(process.env['JOB_OPTIONS'] ?? '{}'),
});
let completed = 0;
let finish;
const done = new Promise((resolve) => (finish = resolve));
const worker = new Worker(name, async () => null, {
  connection: new Redis(process.env['REDIS_URL'] ?? '', { maxRetriesPerRequest: null }),
  prefix,
  concurrency,
});
worker.on('completed', () => {
  if (++completed === jobs) finish(performance.now());
});
await worker.waitUntilReady();
const started = performance.now();
const cpuBefore = process.cpuUsage();
for (let i = 0; i < jobs; i += 500) {
  await queue.addBulk(
    Array.from({ length: Math.min(500, jobs - i) }, (_, j) => ({
      name: 'noop',
      data: { emailMessageId: randomUUID() },
      opts: { jobId: `noop_${i + j}` },
    })),
  );
}
const ended = jobs === 0 ? started : await done;
const seconds = (ended - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuMsPerJob = jobs === 0 ? null : Math.round((cpu.user + cpu.system) / 10 / jobs) / 100;
await worker.close();
await queue.close();
connection.disconnect();
process.stdout.write(
  `${JSON.stringify({ jobs, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(jobs / seconds), cpuMsPerJob })}\n`,
);
process.exit(0);
