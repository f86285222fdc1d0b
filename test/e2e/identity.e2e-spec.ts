import {
  type AgencyRow,
  createAgency,
  createUser,
  type GraphqlResponse,
  startTestStack,
  type TestStack,
  TEST_PASSWORD,
} from '@gongkai/testing';

// Issue 4, identity: sessions (refresh-token rotation, theft detection, sign-out), applicant
// accounts, and the administration of agencies and users, over HTTP against the built api.

const SESSION_FIELDS =
  'accessToken expiresAt refreshToken refreshTokenExpiresAt user { id email roles }';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`;
const LOGOUT = 'mutation ($t: String!) { logout(refreshToken: $t) }';
const ME = '{ me { id email roles } }';

interface Session {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string; roles: string[] };
}

function codeOf(result: GraphqlResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

describe('identity', () => {
  let stack: TestStack;
  let agency: AgencyRow;

  const login = async (email: string, password = TEST_PASSWORD) =>
    (await stack.client.data<{ login: Session }>(LOGIN, { input: { email, password } })).login;
  const refresh = (token: string) =>
    stack.client.request<{ refreshSession: Session }>(REFRESH, { t: token });
  const meWith = (accessToken: string) => stack.client.withToken(accessToken).request(ME);

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    agency = await createAgency(stack.db.pool, { name: '岳麓区测试局' });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('sessions', () => {
    it('rotates refresh tokens: each works once, and a reused one ends the whole session', async () => {
      const officer = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
      const first = await login(officer.email);
      expect(first.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const days = (Date.parse(first.refreshTokenExpiresAt) - Date.now()) / 86_400_000;
      expect(Math.round(days)).toBe(14);
      // Only a hash is stored.
      const stored = await stack.db.pool.query('select token_hash from refresh_token');
      expect(JSON.stringify(stored.rows)).not.toContain(first.refreshToken);

      const second = (await refresh(first.refreshToken)).data?.refreshSession;
      expect(second?.user.email).toBe(officer.email);
      expect(second?.refreshToken).not.toBe(first.refreshToken);
      expect((await meWith(second!.accessToken)).data).toEqual({
        me: { id: officer.id, email: officer.email, roles: ['OFFICER'] },
      });

      // The first token again: someone copied it. Both it and the newest one stop working.
      expect(codeOf(await refresh(first.refreshToken))).toBe('AUTH.REFRESH_TOKEN_REUSED');
      expect(codeOf(await refresh(second!.refreshToken))).toBe('AUTH.INVALID_REFRESH_TOKEN');

      // Another sign-in is a new session, untouched by the revoked one.
      const third = await login(officer.email);
      expect((await refresh(third.refreshToken)).data?.refreshSession.user.id).toBe(officer.id);
    });

    it('signs out: the session cannot be refreshed, and signing out twice is harmless', async () => {
      const applicant = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
      const session = await login(applicant.email);
      const next = (await refresh(session.refreshToken)).data!.refreshSession;
      expect(
        (await stack.client.data<{ logout: boolean }>(LOGOUT, { t: session.refreshToken })).logout,
      ).toBe(true);
      expect(codeOf(await refresh(next.refreshToken))).toBe('AUTH.INVALID_REFRESH_TOKEN');
      expect(
        (await stack.client.data<{ logout: boolean }>(LOGOUT, { t: next.refreshToken })).logout,
      ).toBe(true);
      expect(codeOf(await refresh('not-a-token'))).toBe('AUTH.INVALID_REFRESH_TOKEN');
    });

    it('refuses to refresh for a disabled account, and refreshes carry the current roles', async () => {
      const user = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
      const session = await login(user.email);
      await stack.db.pool.query(
        `update app_user set roles = '{OFFICER,SUPERVISOR}' where id = $1`,
        [user.id],
      );
      const next = (await refresh(session.refreshToken)).data!.refreshSession;
      expect(next.user.roles).toEqual(['OFFICER', 'SUPERVISOR']);

      await stack.db.pool.query('update app_user set disabled_at = now() where id = $1', [user.id]);
      expect(codeOf(await refresh(next.refreshToken))).toBe('AUTH.INVALID_REFRESH_TOKEN');
      const live = await stack.db.pool.query(
        'select count(*)::int as n from refresh_token where user_id = $1 and revoked_at is null',
        [user.id],
      );
      expect(live.rows[0].n).toBe(0);
    });
  });
});
