import { randomUUID } from 'node:crypto';
import {
  type AgencyRow,
  createAgency,
  createUser,
  errorCode,
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
const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { trackingNumber } }`;
const MINE = `query ($first: Int, $after: String) { myApplications(first: $first, after: $after) {
  nodes { trackingNumber agencyName description status statusLabel submittedOn receivedOn replyDueOn provisional }
  pageInfo { endCursor hasNextPage } } }`;

interface MyApplications {
  myApplications: {
    nodes: { trackingNumber: string; agencyName: string; description: string; status: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

function filing(agencyCode: string, description: string) {
  return {
    agencyCode,
    idempotencyKey: randomUUID(),
    applicant: {
      kind: 'NATURAL_PERSON',
      name: '李四',
      idType: 'PASSPORT',
      idNumber: 'E12345678',
      email: 'lisi@test.gongkai.cn',
    },
    request: { description, requestedForm: 'EMAIL', obtainingMethod: 'EMAIL' },
  };
}

interface Session {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string; roles: string[] };
}

const creds = (user: { email: string; password: string }) => [user.email, user.password] as const;

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
      expect(errorCode(await refresh(first.refreshToken))).toBe('AUTH.REFRESH_TOKEN_REUSED');
      expect(errorCode(await refresh(second!.refreshToken))).toBe('AUTH.INVALID_REFRESH_TOKEN');

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
      expect(errorCode(await refresh(next.refreshToken))).toBe('AUTH.INVALID_REFRESH_TOKEN');
      expect(
        (await stack.client.data<{ logout: boolean }>(LOGOUT, { t: next.refreshToken })).logout,
      ).toBe(true);
      expect(errorCode(await refresh('not-a-token'))).toBe('AUTH.INVALID_REFRESH_TOKEN');
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
      expect(errorCode(await refresh(next.refreshToken))).toBe('AUTH.INVALID_REFRESH_TOKEN');
      const live = await stack.db.pool.query(
        'select count(*)::int as n from refresh_token where user_id = $1 and revoked_at is null',
        [user.id],
      );
      expect(live.rows[0].n).toBe(0);
    });
  });

  describe('applicant accounts', () => {
    it("lists a signed-in applicant's own filings, newest first, page by page; never others'", async () => {
      const a = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
      const b = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
      const clientA = await stack.client.login(a.email, a.password);
      const clientB = await stack.client.login(b.email, b.password);
      const filed: string[] = [];
      for (const description of ['第一件：预算', '第二件：决算', '第三件：采购']) {
        const { submitApplication } = await clientA.data<{
          submitApplication: { trackingNumber: string };
        }>(SUBMIT, {
          input: filing(agency.code, description),
        });
        filed.push(submitApplication.trackingNumber);
      }
      // Filed anonymously, and by B: neither shows in A's list.
      await stack.client.data(SUBMIT, { input: filing(agency.code, '匿名提交') });
      await clientB.data(SUBMIT, { input: filing(agency.code, '乙的申请') });

      const page1 = (await clientA.data<MyApplications>(MINE, { first: 2 })).myApplications;
      expect(page1.nodes.map((n) => n.trackingNumber)).toEqual([filed[2], filed[1]]);
      expect(page1.nodes[0]).toMatchObject({
        agencyName: '岳麓区测试局',
        description: '第三件：采购',
        status: 'PENDING_CONFIRMATION',
      });
      expect(page1.pageInfo.hasNextPage).toBe(true);
      // A filing between the pages does not shift the next one.
      await clientA.data(SUBMIT, { input: filing(agency.code, '第四件：人事') });
      const page2 = (
        await clientA.data<MyApplications>(MINE, { first: 2, after: page1.pageInfo.endCursor })
      ).myApplications;
      expect(page2.nodes.map((n) => n.trackingNumber)).toEqual([filed[0]]);
      expect(page2.pageInfo.hasNextPage).toBe(false);

      const mineB = (await clientB.data<MyApplications>(MINE)).myApplications.nodes;
      expect(mineB.map((n) => n.description)).toEqual(['乙的申请']);
      expect(errorCode(await clientA.request(MINE, { first: 0 }))).toBe('REQUEST.INVALID');
      expect(errorCode(await clientA.request(MINE, { after: 'garbage' }))).toBe('REQUEST.INVALID');
    });

    it("shows a signed-in applicant the progress of their own filing without its query code, nobody else's", async () => {
      const a = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
      const b = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
      const officer = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
      const [clientA, clientB, clientOfficer] = await Promise.all(
        [a, b, officer].map((user) => stack.client.login(user.email, user.password)),
      );
      const { submitApplication: mine } = await clientA.data<{
        submitApplication: { trackingNumber: string; queryCode: string };
      }>(SUBMIT.replace('{ trackingNumber }', '{ trackingNumber queryCode }'), {
        input: filing(agency.code, '本人的申请：预算'),
      });
      const TRACK = `query ($trackingNumber: String!, $queryCode: String) {
        trackApplication(trackingNumber: $trackingNumber, queryCode: $queryCode) { trackingNumber agencyName status } }`;
      const byNumber = { trackingNumber: mine.trackingNumber };

      const own = await clientA.data<{ trackApplication: unknown }>(TRACK, byNumber);
      expect(own.trackApplication).toEqual({
        trackingNumber: mine.trackingNumber,
        agencyName: '岳麓区测试局',
        status: 'PENDING_CONFIRMATION',
      });
      // Another applicant, an officer and an anonymous caller get the same NOT_FOUND as for an
      // unknown number, and no data.
      const unknown = await clientA.request(TRACK, {
        trackingNumber: `${agency.code}-2020-999999`,
      });
      for (const client of [clientB, clientOfficer, stack.client]) {
        const denied = await client.request(TRACK, byNumber);
        expect(errorCode(denied)).toBe('APPLICATION.NOT_FOUND');
        expect(denied.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
        expect(denied.data).toBeNull();
      }
      // With the query code anyone may still track it, as without an account.
      const withCode = await clientB.data<{ trackApplication: { status: string } }>(TRACK, {
        ...byNumber,
        queryCode: mine.queryCode,
      });
      expect(withCode.trackApplication.status).toBe('PENDING_CONFIRMATION');
    });
  });

  describe('administration of agencies and users', () => {
    const AGENCIES = '{ agencies { id code name parentId depth } }';
    const CREATE_AGENCY =
      'mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id code name parentId depth } }';
    const CREATE_USER =
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id email displayName roles agencyId disabledAt } }';
    const USERS =
      'query ($id: ID!, $first: Int, $after: String) { users(agencyId: $id, first: $first, after: $after) { nodes { email roles } pageInfo { endCursor hasNextPage } } }';
    const DISABLE = 'mutation ($id: ID!) { disableUser(input: { userId: $id }) { id disabledAt } }';
    const ROLES =
      'mutation ($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { id roles agencyId } }';
    type AgencyView = {
      id: string;
      code: string;
      name: string;
      parentId: string | null;
      depth: number;
    };
    type UserView = {
      id: string;
      email: string;
      roles: string[];
      agencyId: string | null;
      disabledAt: string | null;
    };

    it('lists every agency publicly with its code, name and parent only, and limits the rate', async () => {
      const PUBLIC = '{ publicAgencies { code name parentCode } }';
      const city = await createAgency(stack.db.pool, { name: '公开测试市人民政府' });
      const bureau = await createAgency(stack.db.pool, { name: '公开测试市教育局', parent: city });
      const { publicAgencies } = await stack.client.data<{
        publicAgencies: { code: string; name: string; parentCode: string | null }[];
      }>(PUBLIC);
      const codes = publicAgencies.map((a) => a.code);
      expect(publicAgencies).toContainEqual({ code: city.code, name: city.name, parentCode: null });
      expect(publicAgencies).toContainEqual({
        code: bureau.code,
        name: bureau.name,
        parentCode: city.code,
      });
      // Tree order: the parent before its child.
      expect(codes.indexOf(city.code)).toBeLessThan(codes.indexOf(bureau.code));
      // An id or any other field is not part of the public type.
      expect(errorCode(await stack.client.request('{ publicAgencies { id } }'))).toMatch(
        /^(GRAPHQL\.|REQUEST\.INVALID)/,
      );

      // 60 lists in 10 minutes per address; one was used above (the invalid query counts none).
      const results = [];
      for (let i = 0; i < 60; i++) results.push(await stack.client.request(PUBLIC));
      expect(results.slice(0, 59).every((r) => !r.errors)).toBe(true);
      expect(errorCode(results[59]!)).toBe('REQUEST.RATE_LIMITED');
    });

    it('builds the agency tree; supervisors see their subtree and its staff, officers nothing', async () => {
      const admin = await stack.client.login(
        ...creds(await createUser(stack.db.pool, { roles: ['ADMIN'], agency })),
      );
      const suffix = randomUUID().slice(0, 6).toUpperCase();
      const createAgency = (input: Record<string, unknown>) =>
        admin.request<{ createAgency: AgencyView }>(CREATE_AGENCY, { input });
      const city = (await createAgency({ code: `CITY${suffix}`, name: '某市人民政府' })).data!
        .createAgency;
      const bureau = (
        await createAgency({ code: `city${suffix}-jy`, name: ' 某市教育局 ', parentId: city.id })
      ).data!.createAgency;
      expect(city).toMatchObject({ parentId: null, depth: 0 });
      expect(bureau).toMatchObject({
        code: `CITY${suffix}-JY`,
        name: '某市教育局',
        parentId: city.id,
        depth: 1,
      });
      expect(errorCode(await createAgency({ code: `CITY${suffix}`, name: '重复' }))).toBe(
        'AGENCY.CODE_TAKEN',
      );
      expect(errorCode(await createAgency({ code: 'bad code!', name: '格式' }))).toBe(
        'ACCOUNT.INVALID_INPUT',
      );
      expect(
        errorCode(
          await createAgency({ code: `X${suffix}`, name: '无上级', parentId: randomUUID() }),
        ),
      ).toBe('AGENCY.NOT_FOUND');

      const createUser_ = (input: Record<string, unknown>) =>
        admin.request<{ createUser: UserView }>(CREATE_USER, { input });
      const staff = (name: string, roles: string[], agencyId: string) =>
        createUser_({
          email: `${name}-${suffix}@test.gongkai.cn`,
          name,
          password: 'initial-password',
          roles,
          agencyId,
        }).then((r) => r.data!.createUser);
      const cityBoss = await staff('boss', ['SUPERVISOR'], city.id);
      const bureauBoss = await staff('bureauboss', ['SUPERVISOR'], bureau.id);
      const officer = await staff('officer', ['OFFICER'], bureau.id);
      expect(officer).toMatchObject({ roles: ['OFFICER'], agencyId: bureau.id, disabledAt: null });
      expect(
        errorCode(
          await createUser_({
            email: `x-${suffix}@test.gongkai.cn`,
            name: '无机关',
            password: 'initial-password',
            roles: ['OFFICER'],
          }),
        ),
      ).toBe('ACCOUNT.INVALID_INPUT');
      expect(
        errorCode(
          await createUser_({
            email: officer.email,
            name: '重复',
            password: 'initial-password',
            roles: ['OFFICER'],
            agencyId: city.id,
          }),
        ),
      ).toBe('ACCOUNT.EMAIL_TAKEN');

      const signIn = (email: string) => stack.client.login(email, 'initial-password');
      const asCityBoss = await signIn(cityBoss.email);
      const asBureauBoss = await signIn(bureauBoss.email);
      const asOfficer = await signIn(officer.email);
      const codes = (list: AgencyView[]) => list.map((a) => a.code);
      expect(codes((await asCityBoss.data<{ agencies: AgencyView[] }>(AGENCIES)).agencies)).toEqual(
        [city.code, bureau.code],
      );
      expect(
        codes((await asBureauBoss.data<{ agencies: AgencyView[] }>(AGENCIES)).agencies),
      ).toEqual([bureau.code]);
      expect(codes((await admin.data<{ agencies: AgencyView[] }>(AGENCIES)).agencies)).toEqual(
        expect.arrayContaining([agency.code, city.code, bureau.code]),
      );
      expect(errorCode(await asOfficer.request(AGENCIES))).toBe('AUTH.FORBIDDEN');

      type Users = {
        users: {
          nodes: { email: string }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      };
      const page1 = (await asCityBoss.data<Users>(USERS, { id: bureau.id, first: 1 })).users;
      const page2 = (
        await asCityBoss.data<Users>(USERS, {
          id: bureau.id,
          first: 1,
          after: page1.pageInfo.endCursor,
        })
      ).users;
      expect([...page1.nodes, ...page2.nodes].map((u) => u.email)).toEqual([
        bureauBoss.email,
        officer.email,
      ]);
      expect([page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage]).toEqual([true, false]);
      expect(errorCode(await asBureauBoss.request(USERS, { id: city.id }))).toBe('AUTH.FORBIDDEN');
      expect(errorCode(await admin.request(USERS, { id: randomUUID() }))).toBe('AGENCY.NOT_FOUND');
    });

    it('changes roles and disables accounts: tokens already issued follow at once, sign-in and refresh stop, admins cannot lock themselves out', async () => {
      const adminUser = await createUser(stack.db.pool, { roles: ['ADMIN'], agency });
      const admin = await stack.client.login(...creds(adminUser));
      const user = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
      const session = await login(user.email);
      const issued = stack.client.withToken(session.accessToken);
      const WORKLOAD = '{ workload { open } }';
      expect(errorCode(await issued.request(WORKLOAD))).toBe('AUTH.FORBIDDEN');

      const promoted = await admin.data<{ updateUserRoles: UserView }>(ROLES, {
        input: { userId: user.id, roles: ['SUPERVISOR', 'OFFICER'], agencyId: agency.id },
      });
      expect(promoted.updateUserRoles.roles).toEqual(['OFFICER', 'SUPERVISOR']);
      // The token issued to an officer acts with the new roles from the next request.
      expect(errorCode(await issued.request(WORKLOAD))).toBeUndefined();
      const next = (await refresh(session.refreshToken)).data!.refreshSession;
      expect(next.user.roles).toEqual(['OFFICER', 'SUPERVISOR']);
      expect(
        errorCode(
          await admin.request(ROLES, {
            input: { userId: user.id, roles: [], agencyId: agency.id },
          }),
        ),
      ).toBe('ACCOUNT.INVALID_INPUT');
      expect(
        errorCode(
          await admin.request(ROLES, {
            input: { userId: adminUser.id, roles: ['OFFICER'], agencyId: agency.id },
          }),
        ),
      ).toBe('ACCOUNT.INVALID_INPUT');
      expect(
        errorCode(
          await admin.request(ROLES, {
            input: { userId: randomUUID(), roles: ['OFFICER'], agencyId: agency.id },
          }),
        ),
      ).toBe('ACCOUNT.USER_NOT_FOUND');

      const disabled = (await admin.data<{ disableUser: UserView }>(DISABLE, { id: user.id }))
        .disableUser;
      expect(disabled.disabledAt).not.toBeNull();
      const again = (await admin.data<{ disableUser: UserView }>(DISABLE, { id: user.id }))
        .disableUser;
      expect(again.disabledAt).toBe(disabled.disabledAt);
      // Its unexpired access token is refused at once, not when it runs out.
      expect(errorCode(await issued.request(WORKLOAD))).toBe('AUTH.UNAUTHENTICATED');
      expect(errorCode(await meWith(session.accessToken))).toBe('AUTH.UNAUTHENTICATED');
      expect(errorCode(await refresh(next.refreshToken))).toBe('AUTH.INVALID_REFRESH_TOKEN');
      const signIn = await stack.client.request(LOGIN, {
        input: { email: user.email, password: TEST_PASSWORD },
      });
      expect(errorCode(signIn)).toBe('AUTH.INVALID_CREDENTIALS');
      expect(errorCode(await admin.request(DISABLE, { id: adminUser.id }))).toBe(
        'ACCOUNT.INVALID_INPUT',
      );
    });
  });
});
