import { Queue } from 'bullmq';
import { jobId, QueueName } from '@gongkai/platform';
import {
  createUser,
  fromOwnAddresses,
  type GraphqlCall,
  startTestStack,
  type TestStack,
  TEST_REDIS_URL,
} from '@gongkai/testing';

// "Forgot my password" takes the same path for every address, so its response time tells nobody
// which addresses have accounts: the api writes one outbox row and nothing else, and the worker
// looks the account up. Over HTTP against the built api, then the built worker.

const REQUEST_RESET =
  'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';

describe('password-reset requests', () => {
  let stack: TestStack;
  /** Each call from a client address of its own: only the per-account limits add up. */
  let call: GraphqlCall;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    call = fromOwnAddresses(stack.apiUrl);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const requestReset = (email: string) => call(REQUEST_RESET, { input: { email } });

  /** The number of rows in every table of the database, by table. */
  async function rowCounts(): Promise<Record<string, number>> {
    const tables = await stack.db.pool.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const result = await stack.db.pool.query<{ n: number }>(
        `select count(*)::int as n from "${name}"`,
      );
      counts[name] = result.rows[0]!.n;
    }
    return counts;
  }

  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const result = await stack.db.pool.query<{ n: number }>(sql, params);
    return result.rows[0]!.n;
  }

  function resetMails(): { to: string[]; text: string }[] {
    return stack.smtp.messages.filter((m) => m.subject.includes('重置密码'));
  }

  it('the api writes one outbox row for any address; the worker mails the enabled account once', async () => {
    const live = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
    const disabled = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
    await stack.db.pool.query(`update app_user set disabled_at = now() where id = $1`, [
      disabled.id,
    ]);
    const unknown = 'nobody-here@test.gongkai.cn';

    // Without a worker: each request changes one row in the whole database, the same for each.
    for (const [asked, normalised] of [
      [unknown, unknown],
      [disabled.email, disabled.email],
      [`  ${live.email.toUpperCase()}`, live.email],
    ] as const) {
      const before = await rowCounts();
      expect(await requestReset(asked)).toEqual({ data: { requestPasswordReset: true } });
      expect(await rowCounts()).toEqual({ ...before, outbox_message: before.outbox_message! + 1 });
      const newest = await stack.db.pool.query(
        `select topic, payload from outbox_message order by created_at desc limit 1`,
      );
      expect(newest.rows).toEqual([
        { topic: 'account.password-reset-requested', payload: { email: normalised } },
      ]);
    }
    expect(await count(`select count(*)::int as n from password_reset`)).toBe(0);

    // The worker issues the link to the enabled account only, and keeps no address.
    await stack.startWorker();
    await stack.smtp.waitFor((m) => m.to.includes(live.email) && m.subject.includes('重置密码'));
    await stack.waitForQueuesIdle();
    expect(resetMails().map((m) => m.to)).toEqual([[live.email]]);
    expect(
      await count(`select count(*)::int as n from password_reset where user_id = $1`, [live.id]),
    ).toBe(1);
    expect(await count(`select count(*)::int as n from password_reset`)).toBe(1);
    const requests = await stack.db.pool.query<{ id: string; payload: unknown; handled: boolean }>(
      `select id, payload, delivered_at is not null as handled from outbox_message
       where topic = 'account.password-reset-requested' order by created_at`,
    );
    expect(requests.rows.map(({ payload, handled }) => ({ payload, handled }))).toEqual([
      { payload: {}, handled: true },
      { payload: {}, handled: true },
      { payload: {}, handled: true },
    ]);

    // The same request delivered twice more, at once (a retried or doubled job): no second link.
    const liveRequest = requests.rows[2]!.id;
    const queue = new Queue(QueueName.ACCOUNTS, {
      connection: { url: TEST_REDIS_URL },
      prefix: stack.queuePrefix,
    });
    try {
      await queue.addBulk(
        ['again', 'once more'].map((attempt) => ({
          name: 'accounts.issue-password-reset',
          data: { outboxMessageId: liveRequest },
          opts: { jobId: jobId('accounts.issue-password-reset', liveRequest, attempt) },
        })),
      );
      await stack.waitForQueuesIdle();
      expect(await queue.getJobCounts('completed', 'failed')).toEqual({ completed: 5, failed: 0 });
    } finally {
      await queue.close();
    }
    expect(await count(`select count(*)::int as n from password_reset`)).toBe(1);
    expect(
      await count(
        `select count(*)::int as n from outbox_message where topic = 'mail.password-reset'`,
      ),
    ).toBe(1);
    await stack.waitForQueuesIdle();
    expect(resetMails()).toHaveLength(1);
  });
});
