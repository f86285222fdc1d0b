import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { jobId, QueueName } from '@gongkai/platform';
import {
  createUser,
  errorCode,
  fromOwnAddresses,
  type GraphqlCall,
  startTestStack,
  type TestStack,
  TEST_REDIS_URL,
} from '@gongkai/testing';

// Applicant accounts open through an e-mailed link: asking for one answers the same whether or
// not the address has an account (its owner is told by mail instead), and the account exists
// only once the link comes back. Over HTTP against the built api and worker, with the e-mails
// through a real SMTP server.

const SESSION = 'accessToken refreshToken user { id email roles }';
const REGISTER = 'mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) }';
const CONFIRM = `mutation ($input: ConfirmApplicantSignupInput!) { confirmApplicantSignup(input: $input) { ${SESSION} } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${SESSION} } }`;
const ME = '{ me { id email roles } }';
const PASSWORD = 'correct horse battery';

interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; roles: string[] };
}

describe('applicant sign-up', () => {
  let stack: TestStack;
  /** Each call from a client address of its own: only the per-account limits add up. */
  let call: GraphqlCall;

  beforeAll(async () => {
    stack = await startTestStack();
    call = fromOwnAddresses(stack.apiUrl);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const register = (input: Record<string, unknown>) => call(REGISTER, { input });
  const confirm = (token: string, password = PASSWORD) =>
    call<{ confirmApplicantSignup: Session }>(CONFIRM, { input: { token, password } });
  const count = async (sql: string, params: unknown[] = []) =>
    (await stack.db.pool.query<{ n: number }>(sql, params)).rows[0]!.n;
  const accounts = (email: string) =>
    count('select count(*)::int as n from app_user where email = $1', [email]);
  const mailsTo = (email: string, subject: string) =>
    stack.smtp.messages.filter((m) => m.to.includes(email) && m.subject.includes(subject));

  /** The tokens of the sign-up links e-mailed to `email`, oldest first, once `n` have come. */
  async function signupTokens(email: string, n: number): Promise<string[]> {
    const tokens = () =>
      mailsTo(email, '确认注册').map(
        (m) => /\/account\/confirm#token=([0-9a-f.-]+)/.exec(m.text)?.[1] ?? 'missing',
      );
    await stack.smtp.waitFor(() => tokens().length >= n);
    return tokens();
  }

  const newAddress = () => `wang.wu-${randomUUID().slice(0, 8)}@test.gongkai.cn`;

  it('opens the account only when the e-mailed link comes back, signed in; the link works once', async () => {
    const email = newAddress();
    const answer = await register({
      email: `  ${email.replace('wang', 'Wang').toUpperCase()} `,
      password: PASSWORD,
      name: ' 王五 ',
    });
    expect(answer).toEqual({ data: { registerApplicant: true } });
    // Nothing is open yet: no account, no sign-in.
    expect(await accounts(email)).toBe(0);
    expect(errorCode(await call(LOGIN, { input: { email, password: PASSWORD } }))).toBe(
      'AUTH.INVALID_CREDENTIALS',
    );

    const [token] = await signupTokens(email, 1);
    expect(token).toMatch(/^[0-9a-f-]{36}\.[0-9a-f]{64}$/);
    const mail = mailsTo(email, '确认注册')[0]!;
    expect(mail.text).toContain('24小时内有效');
    // Nothing the asker typed goes to the address: anyone may type anyone's address.
    expect(mail.text).not.toContain('王五');
    // The token is derived when the mail is rendered: the e-mail record does not hold it (and the
    // sign-up has no column for it).
    const stored = await stack.db.pool.query<{ data: string }>(
      `select data::text from email_message where template = 'applicant-signup' and recipient = $1`,
      [email],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.data).not.toContain(token!.split('.')[1]);

    // A forged or malformed token opens nothing, nor does the link without the password chosen
    // at sign-up (someone who signed up somebody else's address cannot have it opened for them).
    const forged = `${token!.slice(0, -1)}${token!.endsWith('0') ? '1' : '0'}`;
    expect(errorCode(await confirm(forged))).toBe('ACCOUNT.INVALID_SIGNUP_TOKEN');
    expect(errorCode(await confirm('nonsense'))).toBe('ACCOUNT.INVALID_SIGNUP_TOKEN');
    expect(errorCode(await confirm(token!, 'not the password chosen'))).toBe(
      'ACCOUNT.WRONG_SIGNUP_PASSWORD',
    );
    expect(errorCode(await confirm(token!, ''))).toBe('ACCOUNT.WRONG_SIGNUP_PASSWORD');
    expect(await accounts(email)).toBe(0);

    const confirmed = await confirm(token!);
    const session = confirmed.data!.confirmApplicantSignup;
    expect(session.user).toMatchObject({ email, roles: ['APPLICANT'] });
    expect((await call(ME, {}, { token: session.accessToken })).data).toEqual({
      me: session.user,
    });
    // The password chosen at sign-up is the account's; the name is trimmed.
    const login = await call<{ login: Session }>(LOGIN, {
      input: { email: email.toUpperCase(), password: PASSWORD },
    });
    expect(login.data!.login.user.id).toBe(session.user.id);
    const row = await stack.db.pool.query(
      'select display_name, password_hash, agency_id from app_user where id = $1',
      [session.user.id],
    );
    expect(row.rows[0]).toMatchObject({ display_name: '王五', agency_id: null });
    expect(row.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    // The sign-up is gone with its address, name and hash; its link is refused from now on.
    expect(
      await count('select count(*)::int as n from applicant_signup where email = $1', [email]),
    ).toBe(0);
    expect(errorCode(await confirm(token!))).toBe('ACCOUNT.INVALID_SIGNUP_TOKEN');
    expect(await accounts(email)).toBe(1);
  });

  it('answers the same for an address with an account, whose owner is told by mail and gets no link', async () => {
    const owner = await createUser(stack.db.pool, { roles: ['OFFICER'] });
    const answer = await register({ email: owner.email, password: PASSWORD, name: '冒名' });
    expect(answer).toEqual({ data: { registerApplicant: true } });
    await stack.smtp.waitFor(() => mailsTo(owner.email, '该邮箱已注册').length === 1);
    const note = mailsTo(owner.email, '该邮箱已注册')[0]!;
    expect(note.text).toContain('没有开通新账户');
    expect(note.text).toContain('/forgot-password');
    expect(note.text).not.toContain('#token=');
    await stack.waitForQueuesIdle();
    expect(mailsTo(owner.email, '确认注册')).toHaveLength(0);
    expect(await accounts(owner.email)).toBe(1);
    const stored = await stack.db.pool.query<{ display_name: string; roles: string[] }>(
      'select display_name, roles from app_user where email = $1',
      [owner.email],
    );
    expect(stored.rows[0]!.roles).toEqual(['OFFICER']);
  });

  it('two links of one address: the first used opens the account, the other is then refused', async () => {
    const email = newAddress();
    await register({ email, password: PASSWORD, name: '甲' });
    await register({ email, password: 'a second passphrase', name: '乙' });
    const [first, second] = await signupTokens(email, 2);
    const opened = await confirm(second!, 'a second passphrase');
    expect(opened.data!.confirmApplicantSignup.user.email).toBe(email);
    // Every pending sign-up of the address went with it.
    expect(errorCode(await confirm(first!))).toBe('ACCOUNT.INVALID_SIGNUP_TOKEN');
    expect(await accounts(email)).toBe(1);
    expect(
      (await call(LOGIN, { input: { email, password: 'a second passphrase' } })).data,
    ).toBeTruthy();
  });

  it('two links of one address used at the same moment open one account, and refuse the other', async () => {
    for (let round = 0; round < 3; round++) {
      const email = newAddress();
      await register({ email, password: PASSWORD, name: '甲' });
      await register({ email, password: PASSWORD, name: '乙' });
      const tokens = await signupTokens(email, 2);
      const answers = await Promise.all(tokens.map((token) => confirm(token)));
      expect(answers.filter((answer) => answer.data?.confirmApplicantSignup)).toHaveLength(1);
      expect(answers.map(errorCode).filter(Boolean)).toEqual(['ACCOUNT.INVALID_SIGNUP_TOKEN']);
      expect(await accounts(email)).toBe(1);
    }
  });

  it('refuses an expired link, and the daily purge deletes the expired sign-ups only', async () => {
    const expired = newAddress();
    const pending = newAddress();
    await register({ email: expired, password: PASSWORD, name: '过期' });
    await register({ email: pending, password: PASSWORD, name: '待确认' });
    const [token] = await signupTokens(expired, 1);
    await signupTokens(pending, 1);
    await stack.db.pool.query(
      `update applicant_signup set expires_at = now() - interval '1 second' where email = $1`,
      [expired],
    );
    expect(errorCode(await confirm(token!))).toBe('ACCOUNT.INVALID_SIGNUP_TOKEN');
    expect(await accounts(expired)).toBe(0);

    const queue = new Queue(QueueName.ACCOUNTS, {
      connection: { url: TEST_REDIS_URL },
      prefix: stack.queuePrefix,
    });
    try {
      const job = await queue.add(
        'accounts.purge-expired-signups',
        {},
        { jobId: jobId('accounts.purge-expired-signups', randomUUID()) },
      );
      await stack.waitForQueuesIdle();
      expect((await queue.getJob(job.id!))?.returnvalue).toEqual({ deleted: 1 });
    } finally {
      await queue.close();
    }
    const left = await stack.db.pool.query<{ email: string }>(
      'select email from applicant_signup where email = any($1)',
      [[expired, pending]],
    );
    expect(left.rows.map((r) => r.email)).toEqual([pending]);
  });

  it('refuses bad input with its field, and a fourth request for one address within the hour', async () => {
    const email = newAddress();
    const short = await register({ email, password: 'short', name: '甲' });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'ACCOUNT.INVALID_INPUT',
      field: 'password',
      reason: 'LENGTH',
    });
    expect(
      errorCode(await register({ email: 'not-an-address', password: PASSWORD, name: '甲' })),
    ).toBe('ACCOUNT.INVALID_INPUT');
    expect(errorCode(await register({ email, password: PASSWORD, name: '  ' }))).toBe(
      'ACCOUNT.INVALID_INPUT',
    );
    expect(
      await count('select count(*)::int as n from applicant_signup where email = $1', [email]),
    ).toBe(0);

    // Mail-bombing one address from many client addresses: three an hour, then refused.
    for (let i = 0; i < 3; i++) {
      expect((await register({ email, password: PASSWORD, name: '甲' })).data).toEqual({
        registerApplicant: true,
      });
    }
    expect(errorCode(await register({ email, password: PASSWORD, name: '甲' }))).toBe(
      'REQUEST.RATE_LIMITED',
    );
    await signupTokens(email, 3);
    await stack.waitForQueuesIdle();
    expect(mailsTo(email, '确认注册')).toHaveLength(3);
  });
});
