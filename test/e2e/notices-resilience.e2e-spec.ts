import {
  type AgencyRow,
  createAgency,
  createUser,
  type GraphqlClient,
  startTestStack,
  TcpGate,
  type TestStack,
} from '@gongkai/testing';

// Issue 5: notices survive more workers and a killed one. Every worker here reaches SMTP
// through a gate, so the test decides when mail can leave.

// Registered by an officer (online filings are rate-limited per client address).
const REGISTER = `mutation ($input: RegisterApplicationInput!) {
  registerApplication(input: $input) { application { id } }
}`;

describe('notices: two workers, a worker killed mid-batch', () => {
  let stack: TestStack;
  let smtpGate: TcpGate;
  let agency: AgencyRow;
  let officer: GraphqlClient;

  const fileMany = (tag: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const address = `${tag}-${i}@test.gongkai.cn`;
        const result = await officer.request(REGISTER, {
          input: {
            channel: 'IN_PERSON',
            applicant: {
              kind: 'NATURAL_PERSON',
              name: '王五',
              idType: 'RESIDENT_ID',
              idNumber: '11010519491231002X',
              email: address,
            },
            request: { description: '测试公开', requestedForm: 'EMAIL', obtainingMethod: 'EMAIL' },
          },
        });
        if (!result.data) throw new Error(JSON.stringify(result.errors));
        return address;
      }),
    );
  const exactlyOnceEach = async (addresses: string[]) => {
    // The bound covers BullMQ's recovery of a killed worker's jobs: the stalled-job check runs in
    // live workers every 30 s, one check marks a job and the next moves it back once its 30 s lock
    // is gone, so 30-60 s after the restart (measured: most within 4 s, the rest at +30 s and
    // +60 s; 80 s flaked on a loaded machine). A stuck job is the sweep's business, not a wait.
    await Promise.all(addresses.map((a) => stack.smtp.waitFor((m) => m.to.includes(a), 150_000)));
    await stack.waitForQueuesIdle(60_000);
    const counts = addresses.map((a) => stack.smtp.messages.filter((m) => m.to.includes(a)).length);
    expect(counts).toEqual(addresses.map(() => 1));
  };
  const count = async (sql: string) => (await stack.db.pool.query(sql)).rows[0].n as number;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    smtpGate = await TcpGate.start({ host: '127.0.0.1', port: stack.smtp.port });
    agency = await createAgency(stack.db.pool);
    const user = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
    officer = await stack.client.login(user.email, user.password);
  });

  afterAll(async () => {
    await stack?.stop();
    await smtpGate?.stop();
  });

  it('a notice relayed but never delivered (Redis lost its job) is handed to the queue again', async () => {
    const [address] = await fileMany('lost-notice', 1);
    // As if a relay had added the job and stamped the row, and Redis had then lost its data.
    await stack.db.pool.query(
      `update outbox_message set relayed_at = now() - interval '1 minute' where relayed_at is null`,
    );
    const worker = await stack.startWorker({
      SMTP_URL: `smtp://127.0.0.1:${smtpGate.port}`,
      MAIL_SWEEP_SECONDS: '1',
    });
    await exactlyOnceEach([address!]);
    expect(
      await count(`select count(*)::int as n from outbox_message where delivered_at is null`),
    ).toBe(0);
    await worker.stop();
  }, 120_000);

  it('two worker processes deliver every acknowledgment exactly once', async () => {
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtpGate.port}` };
    const [first, second] = await Promise.all([stack.startWorker(env), stack.startWorker(env)]);
    const addresses = await fileMany('two', 20);
    await exactlyOnceEach(addresses);
    await Promise.all([first.stop(), second.stop()]);
  }, 120_000);

  it('a worker killed (SIGKILL) in the middle of a batch: after a restart all arrive, none twice', async () => {
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtpGate.port}` };
    smtpGate.close(); // mail cannot leave yet: nothing is in flight at SMTP when the worker dies
    const addresses = await fileMany('killed', 30);
    const worker = await stack.startWorker(env);
    const deadline = Date.now() + 20_000;
    while ((await count(`select count(*)::int as n from email_message`)) < 25) {
      if (Date.now() > deadline) throw new Error('the worker never started on the batch');
      await new Promise((r) => setTimeout(r, 10));
    }
    await worker.stop('SIGKILL');
    smtpGate.open();
    await stack.startWorker(env);
    await exactlyOnceEach(addresses);
    expect(
      await count(`select count(*)::int as n from outbox_message where relayed_at is null`),
    ).toBe(0);
    expect(
      await count(
        `select count(*)::int as n from email_message where recipient like 'killed-%' and status <> 'SENT'`,
      ),
    ).toBe(0);
  }, 260_000);
});
