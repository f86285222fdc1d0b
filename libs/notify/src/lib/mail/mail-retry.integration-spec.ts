import { type INestApplicationContext, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { jobId, type JobPayloads, QueueName } from '@gongkai/platform';
import {
  createTestDatabase,
  deleteRedisPrefix,
  insertPendingEmail,
  integrationConfig,
  SmtpSink,
  startJobsContext,
  TcpGate,
  TEST_REDIS_URL,
  type TestDatabase,
  waitForQueuesIdle,
} from '@gongkai/testing';
import { NotifyJobsModule } from '../notify-jobs.module.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';

/**
 * Issue 5: a recorded e-mail is sent exactly once eventually, whatever SMTP does meanwhile. A
 * round of retries is short here (2 attempts, 50 ms apart) and the relay sweeps every second, so
 * an outage "longer than the retries" takes seconds, not the ten minutes of the defaults.
 */
describe('mail retries (integration): nothing is given up while SMTP is away', () => {
  let db: TestDatabase;
  let smtp: SmtpSink;
  let gate: TcpGate;
  let app: INestApplicationContext;
  let queue: Queue<JobPayloads['mail.send']>;
  const prefix = `{test-mail-retry-${process.pid}}`;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    [db, smtp] = await Promise.all([
      createTestDatabase(),
      SmtpSink.start({ rejectRecipient: (address) => address.startsWith('rejected') }),
    ]);
    gate = await TcpGate.start({ host: '127.0.0.1', port: smtp.port });
    const config = integrationConfig({
      databaseUrl: db.url,
      smtpUrl: `smtp://127.0.0.1:${gate.port}`,
      queuePrefix: prefix,
      env: { MAIL_ATTEMPTS: '2', MAIL_BACKOFF_MS: '50', MAIL_SWEEP_SECONDS: '1' },
    });
    app = await startJobsContext({ config, jobs: NotifyJobsModule });
    queue = new Queue(QueueName.MAIL, { connection: { url: TEST_REDIS_URL }, prefix });
  });

  afterAll(async () => {
    await queue?.close();
    await app?.close();
    await gate?.stop();
    await smtp?.stop();
    await db?.drop();
    await deleteRedisPrefix(TEST_REDIS_URL, prefix);
  });

  const recordMessage = (recipient: string) => insertPendingEmail(db.pool, recipient);
  /** One job per message, as the scan enqueued them before batches. */
  const enqueue = (ids: string[]) =>
    queue.addBulk(
      ids.map((id) => ({
        name: 'mail.send' as const,
        data: { emailMessageIds: [id] },
        opts: { jobId: jobId('mail.send', id) },
      })),
    );
  const rowsOf = async (ids: string[]) =>
    (
      await db.pool.query<{ status: string; attempts: number; last_error: string | null }>(
        'select status, attempts, last_error from email_message where id = any($1) order by id',
        [ids],
      )
    ).rows;
  const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const sentTo = (recipient: string) => smtp.messages.filter((m) => m.to.includes(recipient));

  it('SMTP away for longer than a round of retries: every message goes out once when it returns', async () => {
    gate.close();
    const recipients = Array.from({ length: 5 }, (_, i) => `outage-${i}@test.gongkai.cn`);
    const ids = await Promise.all(recipients.map(recordMessage));
    await enqueue(ids);
    // Five attempts means each job ran out of its round of two at least twice and was started
    // again by the sweep. (Before the fix a message was FAILED after its round and never tried
    // again: this wait timed out.)
    await until('every message was tried in a third round', async () =>
      (await rowsOf(ids)).every((row) => row.attempts >= 5),
    );
    for (const row of await rowsOf(ids)) {
      expect(row.status).toBe('PENDING');
      expect(row.last_error).toMatch(/^[A-Z]/); // an error code, never the server's text
    }
    gate.open();
    await until('every message was sent', async () =>
      (await rowsOf(ids)).every((row) => row.status === 'SENT'),
    );
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    expect(recipients.map((r) => sentTo(r).length)).toEqual(recipients.map(() => 1));
  }, 60_000);

  it('a PENDING message whose job is gone (Redis lost it) is enqueued again and sent once', async () => {
    const id = await recordMessage('lost-job@test.gongkai.cn');
    await until('the message was sent', async () => (await rowsOf([id]))[0]!.status === 'SENT');
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    expect(sentTo('lost-job@test.gongkai.cn')).toHaveLength(1);
  }, 30_000);

  it('a batch with one refused recipient: that one FAILED with its reason, the others sent once', async () => {
    const recipients = [
      'mixed-0@test.gongkai.cn',
      'rejected-mixed@test.gongkai.cn',
      'mixed-2@test.gongkai.cn',
    ];
    const ids = await Promise.all(recipients.map(recordMessage));
    await queue.add('mail.send', { emailMessageIds: ids }, { jobId: `mixed_${ids[0]}` });
    await until(
      'the job failed',
      async () => (await (await queue.getJob(`mixed_${ids[0]}`))?.isFailed()) ?? false,
    );
    const job = await queue.getJob(`mixed_${ids[0]}`);
    expect(job?.attemptsMade).toBe(1); // a refusal is not retried
    expect(job?.failedReason).toBe('MAIL.FAILED EENVELOPE 550');
    const byId = new Map(
      (
        await db.pool.query<{ id: string; status: string; attempts: number; last_error: string }>(
          'select id, status, attempts, last_error from email_message where id = any($1)',
          [ids],
        )
      ).rows.map((row) => [row.id, row]),
    );
    expect(ids.map((id) => byId.get(id)?.status)).toEqual(['SENT', 'FAILED', 'SENT']);
    expect(byId.get(ids[1]!)).toMatchObject({ attempts: 1, last_error: 'EENVELOPE 550' });
    expect(recipients.map((r) => sentTo(r).length)).toEqual([1, 0, 1]);
  }, 30_000);

  it('a batch run again (after a crash, a retry) sends only the messages not yet SENT', async () => {
    const recipients = Array.from({ length: 4 }, (_, i) => `rerun-${i}@test.gongkai.cn`);
    const ids = await Promise.all(recipients.map(recordMessage));
    // The first two went out in an earlier run that committed them.
    await db.pool.query(
      `update email_message set status = 'SENT', attempts = 1, sent_at = now() where id = any($1)`,
      [ids.slice(0, 2)],
    );
    await queue.add('mail.send', { emailMessageIds: ids }, { jobId: `rerun_${ids[0]}` });
    await until('every message was sent', async () =>
      (await rowsOf(ids)).every((row) => row.status === 'SENT'),
    );
    await waitForQueuesIdle(TEST_REDIS_URL, prefix);
    expect(recipients.map((r) => sentTo(r).length)).toEqual([0, 0, 1, 1]);
    expect((await queue.getJob(`rerun_${ids[0]}`))?.returnvalue).toEqual({
      sent: 2,
      failed: 0,
      skipped: 2,
    });
  }, 30_000);

  it('a recipient the server refuses (550) fails at once, with the reason, and is never retried', async () => {
    const id = await recordMessage('rejected@test.gongkai.cn');
    await enqueue([id]);
    await until(
      'the job failed',
      async () => (await (await queue.getJob(jobId('mail.send', id)))?.isFailed()) ?? false,
    );
    expect((await rowsOf([id]))[0]).toEqual({
      status: 'FAILED',
      attempts: 1,
      last_error: 'EENVELOPE 550',
    });
    expect((await queue.getJob(jobId('mail.send', id)))?.attemptsMade).toBe(1);
    // The sweep leaves FAILED messages alone: it finds nothing to start again.
    await new Promise((r) => setTimeout(r, 1_100)); // older than MAIL_SWEEP_SECONDS
    expect(await app.get(OutboxRelay).sweepPendingMail()).toMatchObject({ restarted: 0 });
    expect(await queue.getJob(jobId('mail.send', id)).then((job) => job?.isFailed())).toBe(true);
    expect(sentTo('rejected@test.gongkai.cn')).toHaveLength(0);
  }, 30_000);
});
