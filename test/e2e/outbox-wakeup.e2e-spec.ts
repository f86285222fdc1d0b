import {
  type AgencyRow,
  createAgency,
  createUser,
  type GraphqlClient,
  startTestStack,
  type TestStack,
} from '@gongkai/testing';

// Issue 5, part 1: the outbox relay is woken by PostgreSQL (a trigger NOTIFYs at the commit of an
// outbox insert; the worker LISTENs on a dedicated connection). Here the worker polls only every
// 10 minutes and sweeps every 10 minutes, so a notice that arrives in seconds was woken by NOTIFY,
// also after the listening connection was cut.

const REGISTER = `mutation ($input: RegisterApplicationInput!) {
  registerApplication(input: $input) { application { id } }
}`;
const LISTENERS = `select pid from pg_stat_activity
  where application_name = 'gongkai-outbox-listener' and datname = current_database()`;

describe('notices: the outbox relay wakes on NOTIFY', () => {
  let stack: TestStack;
  let agency: AgencyRow;
  let officer: GraphqlClient;

  const register = async (email: string) => {
    const result = await officer.request(REGISTER, {
      input: {
        channel: 'IN_PERSON',
        applicant: {
          kind: 'NATURAL_PERSON',
          name: '王五',
          idType: 'RESIDENT_ID',
          idNumber: '11010519491231002X',
          email,
        },
        request: { description: '测试公开', requestedForm: 'EMAIL', obtainingMethod: 'EMAIL' },
      },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
  };
  const listenerPids = async () =>
    (await stack.db.pool.query<{ pid: number }>(LISTENERS)).rows.map((row) => row.pid);
  const waitUntil = async (what: string, check: () => Promise<boolean>, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    agency = await createAgency(stack.db.pool);
    const user = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
    officer = await stack.client.login(user.email, user.password);
    await stack.startWorker({ OUTBOX_POLL_MS: '600000', MAIL_SWEEP_SECONDS: '600' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('a filing is relayed at once although the relay polls only every 10 minutes', async () => {
    expect(await listenerPids()).toHaveLength(1);
    await register('woken@test.gongkai.cn');
    await stack.smtp.waitFor((m) => m.to.includes('woken@test.gongkai.cn'), 15_000);
  }, 60_000);

  it('after its connection is cut, the listener reconnects and the relay is woken again', async () => {
    const [before] = await listenerPids();
    await stack.db.pool.query('select pg_terminate_backend($1)', [before]);
    await waitUntil('the listener is back', async () => {
      const pids = await listenerPids();
      return pids.length === 1 && pids[0] !== before;
    });
    await register('woken-again@test.gongkai.cn');
    await stack.smtp.waitFor((m) => m.to.includes('woken-again@test.gongkai.cn'), 15_000);
    expect(stack.smtp.messages.filter((m) => m.to.includes('woken@test.gongkai.cn'))).toHaveLength(
      1,
    );
  }, 60_000);
});
