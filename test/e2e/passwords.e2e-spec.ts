import { hash } from 'argon2';
import {
  createUser,
  errorCode,
  fromOwnAddresses,
  type GraphqlCall,
  type GraphqlResponse,
  startTestStack,
  type TestStack,
  TEST_PASSWORD,
} from '@gongkai/testing';

// Passwords: "forgot my password" by an e-mailed one-time link, and a signed-in change. Over HTTP
// against the built api and worker, with the e-mails through a real SMTP server.

const SESSION = 'accessToken refreshToken user { id email }';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${SESSION} } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { ${SESSION} } }`;
const REQUEST_RESET =
  'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { ${SESSION} } }`;
const ME = '{ me { id email } }';

interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string };
}

const NEW_PASSWORD = 'a new long passphrase';

describe('passwords', () => {
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

  async function login(
    email: string,
    password: string,
  ): Promise<GraphqlResponse<{ login: Session }>> {
    return call<{ login: Session }>(LOGIN, { input: { email, password } });
  }

  async function session(email: string, password = TEST_PASSWORD): Promise<Session> {
    const result = await login(email, password);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.login;
  }

  /** The tokens of the reset links e-mailed to `email` so far, oldest first. */
  function resetTokens(email: string): string[] {
    return stack.smtp.messages
      .filter((m) => m.to.includes(email) && m.subject.includes('重置密码'))
      .map((m) => /\/reset-password#token=([0-9a-f.-]+)/.exec(m.text)?.[1] ?? 'missing');
  }

  async function waitForResetMails(email: string, count: number): Promise<string[]> {
    await stack.smtp.waitFor(() => resetTokens(email).length >= count);
    return resetTokens(email);
  }

  it('e-mails a one-time link that sets a new password and signs every session out', async () => {
    const user = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
    const before = await session(user.email);
    const answer = await call(REQUEST_RESET, { input: { email: `  ${user.email.toUpperCase()}` } });
    expect(answer).toEqual({ data: { requestPasswordReset: true } });

    const [token] = await waitForResetMails(user.email, 1);
    expect(token).toMatch(/^[0-9a-f-]{36}\.[0-9a-f]{64}$/);
    const mail = stack.smtp.messages.find((m) => m.text.includes(token!))!;
    expect(mail.text).toContain('30分钟内有效');
    expect(mail.html).toContain(`/reset-password#token=${token}`);
    // The token is derived when the mail is rendered: the stored e-mail does not hold it.
    const stored = await stack.db.pool.query<{ data: string }>(
      `select data::text from email_message where template = 'password-reset' and recipient = $1`,
      [user.email],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.data).not.toContain(token!.split('.')[1]);

    // A forged or altered token, or a password too short, changes nothing.
    const forged = `${token!.slice(0, -1)}${token!.endsWith('0') ? '1' : '0'}`;
    expect(
      errorCode(await call(RESET, { input: { token: forged, newPassword: NEW_PASSWORD } })),
    ).toBe('ACCOUNT.INVALID_RESET_TOKEN');
    expect(
      errorCode(await call(RESET, { input: { token: 'nonsense', newPassword: NEW_PASSWORD } })),
    ).toBe('ACCOUNT.INVALID_RESET_TOKEN');
    const short = await call(RESET, { input: { token, newPassword: 'short' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'ACCOUNT.INVALID_INPUT',
      field: 'password',
    });
    expect((await login(user.email, TEST_PASSWORD)).data).toBeTruthy();

    expect(await call(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
      data: { resetPassword: true },
    });
    // A retry of the same request (its answer lost) answers the same; another password does not.
    expect(await call(RESET, { input: { token, newPassword: NEW_PASSWORD } })).toEqual({
      data: { resetPassword: true },
    });
    expect(
      errorCode(await call(RESET, { input: { token, newPassword: 'yet another passphrase' } })),
    ).toBe('ACCOUNT.INVALID_RESET_TOKEN');

    expect(errorCode(await login(user.email, TEST_PASSWORD))).toBe('AUTH.INVALID_CREDENTIALS');
    const after = await session(user.email, NEW_PASSWORD);
    expect(after.user.id).toBe(user.id);
    // The session from before: its access token and its refresh token stop working at once.
    expect(errorCode(await call(ME, {}, { token: before.accessToken }))).toBe(
      'AUTH.UNAUTHENTICATED',
    );
    expect(errorCode(await call(REFRESH, { t: before.refreshToken }))).toBe(
      'AUTH.INVALID_REFRESH_TOKEN',
    );
    expect((await call(ME, {}, { token: after.accessToken })).data).toEqual({
      me: { id: user.id, email: user.email },
    });
  });

  it('answers the same for an unknown or disabled address, and sends nothing', async () => {
    const disabled = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
    await stack.db.pool.query(`update app_user set disabled_at = now() where id = $1`, [
      disabled.id,
    ]);
    const unknown = 'nobody-here@test.gongkai.cn';
    for (const email of [unknown, disabled.email]) {
      expect(await call(REQUEST_RESET, { input: { email } })).toEqual({
        data: { requestPasswordReset: true },
      });
    }
    // A control request for a live account shows the mail path ran meanwhile.
    const live = await createUser(stack.db.pool, { roles: ['OFFICER'] });
    await call(REQUEST_RESET, { input: { email: live.email } });
    await waitForResetMails(live.email, 1);
    await stack.waitForQueuesIdle();
    expect(resetTokens(unknown)).toEqual([]);
    expect(resetTokens(disabled.email)).toEqual([]);
    expect(errorCode(await call(REQUEST_RESET, { input: { email: 'not an address' } }))).toBe(
      'ACCOUNT.INVALID_INPUT',
    );
  });

  it('a newer link stops the older one, and a link stops working after 30 minutes', async () => {
    const user = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
    await call(REQUEST_RESET, { input: { email: user.email } });
    await waitForResetMails(user.email, 1);
    await call(REQUEST_RESET, { input: { email: user.email } });
    const [older, newer] = await waitForResetMails(user.email, 2);
    expect(
      errorCode(await call(RESET, { input: { token: older, newPassword: NEW_PASSWORD } })),
    ).toBe('ACCOUNT.INVALID_RESET_TOKEN');
    await stack.setNow(new Date(Date.now() + 31 * 60_000));
    try {
      expect(
        errorCode(await call(RESET, { input: { token: newer, newPassword: NEW_PASSWORD } })),
      ).toBe('ACCOUNT.INVALID_RESET_TOKEN');
    } finally {
      await stack.setNow(null);
    }
    expect((await login(user.email, TEST_PASSWORD)).data).toBeTruthy();
  });

  it('limits requests: three an hour for one address, whoever asks', async () => {
    const user = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
    for (let i = 0; i < 3; i += 1) {
      expect((await call(REQUEST_RESET, { input: { email: user.email } })).data).toBeTruthy();
    }
    const limited = await call(REQUEST_RESET, { input: { email: user.email } });
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST.RATE_LIMITED' });
    // The same for an address without an account: the limit reveals nothing either.
    const unknown = 'limit-probe@test.gongkai.cn';
    for (let i = 0; i < 3; i += 1) await call(REQUEST_RESET, { input: { email: unknown } });
    expect(errorCode(await call(REQUEST_RESET, { input: { email: unknown } }))).toBe(
      'REQUEST.RATE_LIMITED',
    );
  });

  it('a signed-in change needs the current password, ends the other sessions and keeps this one', async () => {
    const user = await createUser(stack.db.pool, { roles: ['OFFICER'] });
    const here = await session(user.email);
    const elsewhere = await session(user.email);
    const wrong = await call(
      CHANGE,
      { input: { currentPassword: 'not my password', newPassword: NEW_PASSWORD } },
      { token: here.accessToken },
    );
    expect(errorCode(wrong)).toBe('ACCOUNT.WRONG_CURRENT_PASSWORD');
    expect(
      errorCode(
        await call(CHANGE, {
          input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
        }),
      ),
    ).toBe('AUTH.UNAUTHENTICATED');

    const changed = await call<{ changePassword: Session }>(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
      { token: here.accessToken },
    );
    const renewed = changed.data!.changePassword;
    expect(renewed.user.id).toBe(user.id);
    expect((await call(ME, {}, { token: renewed.accessToken })).data).toEqual({
      me: { id: user.id, email: user.email },
    });
    for (const old of [here, elsewhere]) {
      expect(errorCode(await call(ME, {}, { token: old.accessToken }))).toBe(
        'AUTH.UNAUTHENTICATED',
      );
      expect(errorCode(await call(REFRESH, { t: old.refreshToken }))).toBe(
        'AUTH.INVALID_REFRESH_TOKEN',
      );
    }
    expect((await call(REFRESH, { t: renewed.refreshToken })).data).toBeTruthy();
    expect(errorCode(await login(user.email, TEST_PASSWORD))).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await login(user.email, NEW_PASSWORD)).data).toBeTruthy();
  });

  it('replaces a hash made with older parameters at the next sign-in, keeping the password', async () => {
    const user = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
    // The library's defaults, as accounts were hashed before: 64 MiB, 3 passes, 4 lanes.
    const old = await hash(TEST_PASSWORD, { type: 2 });
    expect(old).toContain('$m=65536,p=4,t=3$');
    await stack.db.pool.query('update app_user set password_hash = $1 where id = $2', [
      old,
      user.id,
    ]);
    expect((await login(user.email, TEST_PASSWORD)).data).toBeTruthy();
    const { rows } = await stack.db.pool.query<{ password_hash: string }>(
      'select password_hash from app_user where id = $1',
      [user.id],
    );
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$m=47104,p=1,t=1\$/);
    expect((await login(user.email, TEST_PASSWORD)).data).toBeTruthy();
    expect(errorCode(await login(user.email, 'not the password'))).toBe('AUTH.INVALID_CREDENTIALS');
  });
});
