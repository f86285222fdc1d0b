import { randomUUID } from 'node:crypto';
import { type INestApplicationContext, Logger } from '@nestjs/common';
import { type Job, Queue } from 'bullmq';
import { type JobPayloads, QueueName } from '@gongkai/platform';
import type { Clock } from '@gongkai/rules';
import {
  type AgencyRow,
  createAgency,
  createTestDatabase,
  deleteRedisPrefix,
  insertApplicationRows,
  integrationConfig,
  startJobsContext,
  TEST_REDIS_URL,
  type TestDatabase,
  waitForQueuesIdle,
} from '@gongkai/testing';
import { CasesJobsModule } from '../cases-jobs.module.js';
import { PAUSED_CLOCKS_CRON, PAUSED_CLOCKS_SCHEDULER_ID } from './paused-clocks.scheduler.js';

/** July–September 2025 have no holidays: the working days are Monday to Friday. */
function nextWeekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

/**
 * The daily refresh of paused clocks against real PostgreSQL and Redis, through the worker's
 * queue: while a consultation is open, the stored reply due date moves on one working day per
 * working day of the wait (none on a weekend), without an event or a new version.
 */
describe('paused clocks (integration)', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let queue: Queue<JobPayloads['clocks.refresh-paused']>;
  let agency: AgencyRow;
  let paused: string;
  let running: string;
  const prefix = `{test-clocks-${process.pid}}`;
  const clock: Clock = { now: () => new Date('2025-07-09T00:10:00Z') };

  const stored = async (id: string) =>
    (
      await db.pool.query<{ due: string; version: number; events: string }>(
        `select reply_due_on::text as due, version,
                (select count(*) from application_event e where e.application_id = a.id) as events
         from application a where id = $1`,
        [id],
      )
    ).rows[0]!;
  const runs: Job[] = [];
  const refreshOn = async (on: string) => {
    const job = await queue.add('clocks.refresh-paused', { on }, { jobId: `test_${runs.length}` });
    await waitForQueuesIdle(TEST_REDIS_URL, prefix, 30_000);
    runs.push((await queue.getJob(job.id!))!);
  };

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await createTestDatabase();
    agency = await createAgency(db.pool, { name: '测试市暂停计时局' });
    [paused, running] = await insertApplicationRows(db.pool, agency, [
      { receivedOn: '2025-07-01', replyDueOn: '2025-07-29' },
      { receivedOn: '2025-07-01', replyDueOn: '2025-07-29' },
    ]);
    // A consultation sent on Monday 7 July, unanswered: the clock pauses from then on.
    await db.pool.query(`update application set status = 'AWAITING_CONSULTATION' where id = $1`, [
      paused,
    ]);
    await db.pool.query(
      `insert into consultation (id, application_id, kind, party_name, sent_on, created_at)
       values ($1, $2, 'THIRD_PARTY', '第三方公司', '2025-07-07', now())`,
      [randomUUID(), paused],
    );
    queue = new Queue(QueueName.CLOCKS, { connection: { url: TEST_REDIS_URL }, prefix });
    worker = await startJobsContext({
      config: integrationConfig({
        databaseUrl: db.url,
        smtpUrl: 'smtp://127.0.0.1:9',
        queuePrefix: prefix,
      }),
      jobs: CasesJobsModule,
      clock,
    });
    await waitForQueuesIdle(TEST_REDIS_URL, prefix, 30_000);
  });

  afterAll(async () => {
    await queue?.close();
    await worker?.close();
    await db?.drop();
    await deleteRedisPrefix(TEST_REDIS_URL, prefix);
  });

  it('registers one daily schedule at 00:05 Asia/Shanghai and catches up today at start', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({
      key: PAUSED_CLOCKS_SCHEDULER_ID,
      pattern: PAUSED_CLOCKS_CRON,
      tz: 'Asia/Shanghai',
    });
    const caughtUp = await queue.getJob('clocks.refresh-paused_2025-07-09');
    expect(caughtUp?.returnvalue).toMatchObject({ on: '2025-07-09', checked: 1, refreshed: 1 });
  });

  it('moves a paused due date one working day per working day of the wait, none on a weekend', async () => {
    const wednesday = await stored(paused);
    // Two working days of the wait are not counted (7 and 8 July): the date has moved on.
    expect(wednesday.due > '2025-07-29').toBe(true);

    const seen = [wednesday.due];
    for (const day of ['2025-07-10', '2025-07-11', '2025-07-12', '2025-07-13', '2025-07-14']) {
      await refreshOn(day);
      seen.push((await stored(paused)).due);
    }
    const [wed, thu, fri, sat, sun, mon] = seen as [string, string, string, string, string, string];
    expect(thu).toBe(nextWeekday(wed));
    expect(fri).toBe(nextWeekday(thu));
    expect(sat).toBe(fri);
    expect(sun).toBe(fri);
    expect(mon).toBe(nextWeekday(fri));

    // Derived data: no event, no new version; the running clock is left alone.
    const after = await stored(paused);
    expect(after.version).toBe(wednesday.version);
    expect(Number(after.events)).toBe(0);
    expect((await stored(running)).due).toBe('2025-07-29');
  });

  it('a repeated run of a day changes nothing', async () => {
    const before = await stored(paused);
    await refreshOn('2025-07-14');
    expect(runs.at(-1)?.returnvalue).toMatchObject({ checked: 1, refreshed: 0 });
    expect(await stored(paused)).toEqual(before);
  });
});
