import { createUser, type TestStack, startTestStack } from '@gongkai/testing';

describe('worker graceful shutdown', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // Each message is held 3 s by the SMTP server, so a send is still in flight at SIGTERM.
    stack = await startTestStack({ worker: false, smtpDelayMs: 3_000 });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('exits within 10 s of SIGTERM when idle', async () => {
    const worker = await stack.startWorker();
    const started = Date.now();
    const code = await worker.stop('SIGTERM');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('finishes the job in flight, then exits within 10 s', async () => {
    const worker = await stack.startWorker();
    const admin = await createUser(stack.db.pool, { roles: ['ADMIN'] });
    const client = await stack.client.login(admin.email, admin.password);
    const { sendTestEmail } = await client.data<{ sendTestEmail: { emailMessageId: string } }>(
      'mutation { sendTestEmail(input: { to: "late@test.gongkai.cn" }) { emailMessageId } }',
    );
    // Wait until the worker has taken the job (the row is locked while it sends).
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await stack.db.pool.query(
        `select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation
         where c.relname = 'email_message' and l.mode = 'RowShareLock'`,
      );
      if (rows[0].n > 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const started = Date.now();
    const code = await worker.stop('SIGTERM');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(0);
    expect(stack.smtp.messages.map((m) => m.to).flat()).toContain('late@test.gongkai.cn');
    const { rows } = await stack.db.pool.query('select status from email_message where id = $1', [
      sendTestEmail.emailMessageId,
    ]);
    expect(rows[0].status).toBe('SENT');
  });
});
