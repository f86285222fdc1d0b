import {
  createUser,
  spawnApp,
  type TestStack,
  startTestStack,
  waitForHttp,
  freePort,
  GraphqlClient,
} from '@gongkai/testing';

describe('api and worker on real PostgreSQL, Redis and SMTP', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers a GraphQL query', async () => {
    expect(await stack.client.data('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('is live and ready when PostgreSQL and Redis answer', async () => {
    const live = await fetch(`${stack.apiUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${stack.apiUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('serves Prometheus metrics, counting GraphQL operations', async () => {
    await stack.client.data('{ __typename }');
    const response = await fetch(`${stack.apiUrl}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const body = await response.text();
    expect(body).toMatch(/gongkai_graphql_operations_total\{type="query",outcome="ok"\} \d+/);
    expect(body).toContain('gongkai_process_resident_memory_bytes');
  });

  it('tells browsers and proxies not to keep any GraphQL answer, a failed one included', async () => {
    const post = (query: string) =>
      fetch(`${stack.apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const answered = await post('{ __typename }');
    expect(answered.status).toBe(200);
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const refused = await post('{ noSuchField }');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('rejects a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${stack.apiUrl}/graphql?query=%7B__typename%7D`);
    expect(response.status).toBe(400);
  });

  it('denies by default: an operation without a role rule, or a caller without the role', async () => {
    const anonymous = await stack.client.request('{ me { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('AUTH.UNAUTHENTICATED');

    const officer = await createUser(stack.db.pool, { roles: ['OFFICER'] });
    const asOfficer = await stack.client.login(officer.email, officer.password);
    expect((await asOfficer.data<{ me: { email: string } }>('{ me { email roles } }')).me).toEqual({
      email: officer.email,
      roles: ['OFFICER'],
    });
    const forbidden = await asOfficer.request(
      'mutation { sendTestEmail(input: { to: "a@test.gongkai.cn" }) { emailMessageId } }',
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('AUTH.FORBIDDEN');
    expect(
      (await stack.db.pool.query('select count(*)::int as n from email_message')).rows[0].n,
    ).toBe(0);
  });

  it('refuses a wrong password with a coded error', async () => {
    const user = await createUser(stack.db.pool, { roles: ['ADMIN'] });
    const result = await stack.client.request(
      'mutation { login(input: { email: "' +
        user.email +
        '", password: "wrong" }) { accessToken } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('AUTH.INVALID_CREDENTIALS');
    const forged = await stack.client.withToken('not.a.token').request('{ me { id } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('blocks an account after 10 failed sign-ins, even for the right password', async () => {
    const user = await createUser(stack.db.pool, { roles: ['OFFICER'] });
    const attempt = (password: string) =>
      stack.client.request(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email: user.email.toUpperCase(), password } },
      );
    for (let i = 0; i < 10; i += 1) {
      expect((await attempt('wrong')).errors?.[0]?.extensions?.code).toBe(
        'AUTH.INVALID_CREDENTIALS',
      );
    }
    const blocked = await attempt(user.password);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST.RATE_LIMITED' });
    expect(blocked.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    // Another account from the same address is not affected.
    const other = await createUser(stack.db.pool, { roles: ['OFFICER'] });
    await expect(stack.client.login(other.email, other.password)).resolves.toBeDefined();
  });

  it('runs a job the api enqueues in the worker: a test e-mail reaches the SMTP server once', async () => {
    const admin = await createUser(stack.db.pool, { roles: ['ADMIN'] });
    const client = await stack.client.login(admin.email, admin.password);
    const { sendTestEmail } = await client.data<{ sendTestEmail: { emailMessageId: string } }>(
      'mutation { sendTestEmail(input: { to: "inbox@test.gongkai.cn" }) { emailMessageId } }',
    );
    const mail = await stack.smtp.waitFor((m) => m.to.includes('inbox@test.gongkai.cn'));
    expect(mail.subject).toBe('【公开】邮件发送测试');
    expect(mail.text).toContain('邮件发送通道工作正常');
    expect(mail.html).toContain('政府信息公开');
    expect(mail.headers.get('x-gongkai-reference')).toBe(sendTestEmail.emailMessageId);

    await stack.waitForQueuesIdle();
    const { rows } = await stack.db.pool.query(
      'select status, attempts, provider_message_id from email_message where id = $1',
      [sendTestEmail.emailMessageId],
    );
    expect(rows[0]).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(rows[0].provider_message_id).toBeTruthy();
    expect(stack.smtp.messages.filter((m) => m.to.includes('inbox@test.gongkai.cn'))).toHaveLength(
      1,
    );
  });

  it('validates input at the edge with a coded error and writes nothing', async () => {
    const admin = await createUser(stack.db.pool, { roles: ['ADMIN'] });
    const client = await stack.client.login(admin.email, admin.password);
    const before = (await stack.db.pool.query('select count(*)::int as n from email_message'))
      .rows[0].n;
    const result = await client.request(
      'mutation { sendTestEmail(input: { to: "not-an-address" }) { emailMessageId } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('MAIL.INVALID_RECIPIENT');
    expect(
      (await stack.db.pool.query('select count(*)::int as n from email_message')).rows[0].n,
    ).toBe(before);
  });

  it('in production: stays up and answers 503 on /health/ready while Redis is unreachable; no introspection', async () => {
    const port = await freePort();
    const closedRedisPort = await freePort();
    const api = spawnApp('apps/api/dist/main.js', {
      ...stack.env,
      NODE_ENV: 'production',
      PORT: String(port),
      REDIS_URL: `redis://127.0.0.1:${closedRedisPort}`,
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForHttp(`${base}/health/live`, { process: api });
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        details: { database: { status: 'up' }, redis: { status: 'down' } },
      });
      // Asked again: still answering, the process did not crash.
      expect((await fetch(`${base}/health/ready`)).status).toBe(503);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);

      const client = new GraphqlClient(base);
      expect(await client.data('{ __typename }')).toEqual({ __typename: 'Query' });
      const introspection = await client.request('{ __schema { queryType { name } } }');
      expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL.VALIDATION_FAILED');
      expect(api.child.exitCode).toBeNull();
    } finally {
      await api.stop();
    }
  });
});
