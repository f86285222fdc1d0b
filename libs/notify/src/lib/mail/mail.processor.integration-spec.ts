import { type INestApplicationContext, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { type JobPayloads, QueueName } from '@gongkai/platform';
import {
  createTestDatabase,
  deleteRedisPrefix,
  insertPendingEmail,
  integrationConfig,
  SmtpSink,
  startJobsContext,
  TEST_REDIS_URL,
  type TestDatabase,
  waitForQueuesIdle,
} from '@gongkai/testing';
import { NotifyJobsModule } from '../notify-jobs.module.js';

/**
 * The mail job against real PostgreSQL, Redis and SMTP, in process: whatever BullMQ does (a
 * doubled enqueue, a retry after success, two jobs racing for one message), a recorded message is
 * sent exactly once.
 */
describe('MailProcessor (integration)', () => {
  let db: TestDatabase;
  let smtp: SmtpSink;
  let app: INestApplicationContext;
  let queue: Queue<JobPayloads['mail.send']>;
  const prefix = `{test-mail-${process.pid}}`;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    [db, smtp] = await Promise.all([createTestDatabase(), SmtpSink.start({ delayMs: 200 })]);
    const config = integrationConfig({
      databaseUrl: db.url,
      smtpUrl: smtp.url,
      queuePrefix: prefix,
    });
    app = await startJobsContext({ config, jobs: NotifyJobsModule });
    queue = new Queue(QueueName.MAIL, { connection: { url: TEST_REDIS_URL }, prefix });
  });

  afterAll(async () => {
    await queue?.close();
    await app?.close();
    await smtp?.stop();
    await db?.drop();
    await deleteRedisPrefix(TEST_REDIS_URL, prefix);
  });

  const recordMessage = (recipient: string) => insertPendingEmail(db.pool, recipient);
  const sentTo = (recipient: string) => smtp.messages.filter((m) => m.to.includes(recipient));

  it('sends once when the same job is enqueued twice', async () => {
    const id = await recordMessage('twice@test.gongkai.cn');
    await queue.add('mail.send', { emailMessageIds: [id] }, { jobId: `mail.send_${id}` });
    await queue.add('mail.send', { emailMessageIds: [id] }, { jobId: `mail.send_${id}` });
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    expect(sentTo('twice@test.gongkai.cn')).toHaveLength(1);
  });

  it('does not send again when a job for an already-sent message runs (a retry after success)', async () => {
    const id = await recordMessage('retry@test.gongkai.cn');
    await queue.add('mail.send', { emailMessageIds: [id] }, { jobId: `first_${id}` });
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    await queue.add('mail.send', { emailMessageIds: [id] }, { jobId: `again_${id}` });
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    expect(sentTo('retry@test.gongkai.cn')).toHaveLength(1);
    const { rows } = await db.pool.query(
      'select status, attempts from email_message where id = $1',
      [id],
    );
    expect(rows[0]).toEqual({ status: 'SENT', attempts: 1 });
  });

  it('sends once when two jobs race for one message', async () => {
    const id = await recordMessage('race@test.gongkai.cn');
    await Promise.all([
      queue.add('mail.send', { emailMessageIds: [id] }, { jobId: `a_${id}` }),
      queue.add('mail.send', { emailMessageIds: [id] }, { jobId: `b_${id}` }),
    ]);
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    expect(sentTo('race@test.gongkai.cn')).toHaveLength(1);
  });

  it('sends the rest of a batch and leaves a row another worker holds to it', async () => {
    const [free, held] = await Promise.all([
      recordMessage('batch-free@test.gongkai.cn'),
      recordMessage('batch-held@test.gongkai.cn'),
    ]);
    const other = await db.pool.connect();
    try {
      await other.query('begin');
      await other.query('select id from email_message where id = $1 for update', [held]);
      await queue.add('mail.send', { emailMessageIds: [free, held] }, { jobId: `held_${free}` });
      await waitForQueuesIdle(TEST_REDIS_URL, prefix);
      const job = await queue.getJob(`held_${free}`);
      expect(job?.returnvalue).toEqual({ sent: 1, failed: 0, skipped: 1 });
    } finally {
      await other.query('rollback');
      other.release();
    }
    expect(sentTo('batch-free@test.gongkai.cn')).toHaveLength(1);
    expect(sentTo('batch-held@test.gongkai.cn')).toHaveLength(0);
    const { rows } = await db.pool.query<{ status: string }>(
      'select status from email_message where id = $1',
      [held],
    );
    expect(rows[0]?.status).toBe('PENDING'); // the relay's sweep hands it to a job again
  });

  it('fails a message with bad template data at once, without retrying or sending', async () => {
    const id = await insertPendingEmail(db.pool, 'bad-data@test.gongkai.cn', {});
    await queue.add('mail.send', { emailMessageIds: [id] }, { jobId: `bad_${id}`, attempts: 8 });
    const deadline = Date.now() + 15_000;
    while ((await queue.getJob(`bad_${id}`))?.failedReason === undefined && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const job = await queue.getJob(`bad_${id}`);
    expect(job?.attemptsMade).toBe(1);
    const { rows } = await db.pool.query(
      'select status, last_error from email_message where id = $1',
      [id],
    );
    expect(rows[0]).toEqual({ status: 'FAILED', last_error: 'MAIL.INVALID_TEMPLATE_DATA' });
    expect(sentTo('bad-data@test.gongkai.cn')).toHaveLength(0);
  });

  it('records a transient failure and leaves the message PENDING for another round when SMTP is away', async () => {
    const id = await recordMessage('refused@test.gongkai.cn');
    await smtp.stop();
    try {
      await queue.add(
        'mail.send',
        { emailMessageIds: [id] },
        { jobId: `refused_${id}`, attempts: 1 },
      );
      const deadline = Date.now() + 15_000;
      while (
        (await queue.getJob(`refused_${id}`))?.failedReason === undefined &&
        Date.now() < deadline
      ) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const { rows } = await db.pool.query(
        'select status, attempts, last_error from email_message where id = $1',
        [id],
      );
      // The round (one attempt here) ran out, but a connection failure passes: the relay's sweep
      // retries the job later (mail-retry.integration-spec.ts).
      expect(rows[0]).toMatchObject({ status: 'PENDING', attempts: 1 });
      // The error code only: SMTP replies can quote the recipient's address.
      expect(rows[0].last_error).toMatch(/^[A-Z][A-Za-z]+/);
      expect(rows[0].last_error).not.toContain('refused@');
      expect(await queue.getJob(`refused_${id}`).then((job) => job?.isFailed())).toBe(true);
    } finally {
      smtp = await SmtpSink.start();
    }
  });
});
