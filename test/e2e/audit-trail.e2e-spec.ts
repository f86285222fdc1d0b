import {
  createAgency,
  createUser,
  errorCode,
  type GraphqlClient,
  startTestStack,
  type TestStack,
  TEST_PASSWORD,
} from '@gongkai/testing';

// The audit trail: every change to agencies, accounts, passwords and the working calendar is
// recorded with its actor in the change's own transaction, listed to admins newest first by
// keyset, and cannot be altered afterwards. Over HTTP against the built api.

const CREATE_AGENCY =
  'mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id code } }';
const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';
const UPDATE_ROLES =
  'mutation ($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { id roles } }';
const DISABLE = 'mutation ($id: ID!) { disableUser(input: { userId: $id }) { id disabledAt } }';
const CHANGE_PASSWORD =
  'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }';
const LOAD_YEAR = `mutation ($input: LoadWorkingCalendarYearInput!) {
  loadWorkingCalendarYear(input: $input) { recomputedApplications } }`;
const AUDIT = `query ($first: Int, $after: String, $actorId: ID, $targetUserId: ID, $agencyId: ID) {
  auditEntries(first: $first, after: $after, actorId: $actorId, targetUserId: $targetUserId, agencyId: $agencyId) {
    nodes { id occurredAt action actorId actorEmail targetUserId targetEmail agencyId agencyCode
            changes { field before after } }
    pageInfo { endCursor hasNextPage } } }`;

interface Entry {
  id: string;
  occurredAt: string;
  action: string;
  actorId: string;
  actorEmail: string | null;
  targetUserId: string | null;
  targetEmail: string | null;
  agencyId: string | null;
  agencyCode: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}
interface Page {
  auditEntries: { nodes: Entry[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

describe('audit trail', () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  let adminId: string;
  let adminEmail: string;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    const home = await createAgency(stack.db.pool, { name: '审计测试市人民政府' });
    const account = await createUser(stack.db.pool, { roles: ['ADMIN'], agency: home });
    adminId = account.id;
    adminEmail = account.email;
    admin = await stack.client.login(account.email, account.password);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const page = (variables: Record<string, unknown> = {}) =>
    admin.data<Page>(AUDIT, variables).then((r) => r.auditEntries);

  it('records each change with its actor, newest first; no-op repeats and failed changes add nothing', async () => {
    const { createAgency: agency } = await admin.data<{
      createAgency: { id: string; code: string };
    }>(CREATE_AGENCY, { input: { code: 'AUDIT-EDU', name: '审计测试市教育局', parentId: null } });
    const email = `audited-${Date.now()}@test.gongkai.cn`;
    const { createUser: user } = await admin.data<{ createUser: { id: string } }>(CREATE_USER, {
      input: {
        email,
        name: '被审计',
        password: TEST_PASSWORD,
        roles: ['OFFICER'],
        agencyId: agency.id,
      },
    });
    const roles = { userId: user.id, roles: ['OFFICER', 'SUPERVISOR'], agencyId: agency.id };
    await admin.data(UPDATE_ROLES, { input: roles });
    await admin.data(UPDATE_ROLES, { input: roles }); // the same again: nothing changed
    // The officer changes the password: the owner is the actor.
    const officer = await stack.client.login(email, TEST_PASSWORD);
    await officer.data(CHANGE_PASSWORD, {
      input: { currentPassword: TEST_PASSWORD, newPassword: 'an audited passphrase' },
    });
    await admin.data(DISABLE, { id: user.id });
    await admin.data(DISABLE, { id: user.id }); // idempotent: no second entry
    // Refused changes write nothing: a taken e-mail, a taken agency code.
    expect(
      errorCode(
        await admin.request(CREATE_USER, {
          input: {
            email,
            name: '重复',
            password: TEST_PASSWORD,
            roles: ['OFFICER'],
            agencyId: agency.id,
          },
        }),
      ),
    ).toBe('ACCOUNT.EMAIL_TAKEN');
    expect(
      errorCode(
        await admin.request(CREATE_AGENCY, {
          input: { code: 'AUDIT-EDU', name: '重复', parentId: null },
        }),
      ),
    ).toBe('AGENCY.CODE_TAKEN');

    const about = await page({ targetUserId: user.id });
    expect(about.nodes.map((e) => e.action)).toEqual([
      'USER_DISABLED',
      'PASSWORD_CHANGED',
      'USER_ROLES_CHANGED',
      'USER_CREATED',
    ]);
    const [disabled, changed, reroled, created] = about.nodes as [Entry, Entry, Entry, Entry];
    for (const entry of [disabled, reroled, created]) {
      expect(entry).toMatchObject({ actorId: adminId, actorEmail: adminEmail, targetEmail: email });
      expect(entry.agencyCode).toBe('AUDIT-EDU');
    }
    expect(changed).toMatchObject({ actorId: user.id, actorEmail: email, changes: [] });
    expect(created.changes).toEqual([{ field: 'roles', before: null, after: 'OFFICER' }]);
    expect(reroled.changes).toEqual([
      { field: 'roles', before: 'OFFICER', after: 'OFFICER,SUPERVISOR' },
    ]);
    expect(new Date(disabled.occurredAt) >= new Date(created.occurredAt)).toBe(true);

    const byAgency = await page({ agencyId: agency.id });
    expect(byAgency.nodes.map((e) => e.action).at(-1)).toBe('AGENCY_CREATED');
    expect(byAgency.nodes.at(-1)!.changes).toEqual([
      { field: 'code', before: null, after: 'AUDIT-EDU' },
      { field: 'parentId', before: null, after: null },
    ]);
    // Nothing in the trail holds a password, and no row was written for the refused changes.
    const all = await stack.db.pool.query<{ text: string; action: string }>(
      `select e::text as text, action from audit_entry e`,
    );
    expect(all.rows.filter((r) => r.action === 'USER_CREATED')).toHaveLength(1);
    expect(all.rows.filter((r) => r.action === 'AGENCY_CREATED')).toHaveLength(1);
    expect(all.rows.map((r) => r.text).join()).not.toMatch(/passphrase|\$argon2/);
  });

  it('records a loaded working-calendar year with its source', async () => {
    await admin.data(LOAD_YEAR, {
      input: {
        year: 2031,
        holidays: [{ date: '2031-01-01', name: '元旦' }],
        makeUpWorkdays: [],
        source: {
          title: '国务院办公厅关于2031年部分节假日安排的通知',
          url: 'https://www.gov.cn/audit-test.htm',
        },
      },
    });
    const [latest] = (await page({ actorId: adminId, first: 1 })).nodes;
    expect(latest).toMatchObject({
      action: 'WORKING_CALENDAR_LOADED',
      targetUserId: null,
      agencyId: null,
      changes: [
        { field: 'year', before: null, after: '2031' },
        { field: 'source', before: null, after: 'https://www.gov.cn/audit-test.htm' },
      ],
    });
  });

  it('pages by keyset without overlap, refuses bad arguments with a code, and admits only admins', async () => {
    const everything = await page({ first: 100 });
    expect(everything.nodes.length).toBeGreaterThanOrEqual(6);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const next: Page['auditEntries'] = await page({ first: 2, after });
      seen.push(...next.nodes.map((e) => e.id));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything.nodes.map((e) => e.id));

    expect(errorCode(await admin.request(AUDIT, { after: 'not-a-cursor' }))).toBe(
      'REQUEST.INVALID',
    );
    expect(errorCode(await admin.request(AUDIT, { first: 0 }))).toBe('REQUEST.INVALID');
    expect(errorCode(await admin.request(AUDIT, { actorId: 'nope' }))).toBe('REQUEST.INVALID');

    const supervisor = await createUser(stack.db.pool, { roles: ['SUPERVISOR'] });
    const client = await stack.client.login(supervisor.email, supervisor.password);
    expect(errorCode(await client.request(AUDIT))).toBe('AUTH.FORBIDDEN');
    expect(errorCode(await stack.client.request(AUDIT))).toBe('AUTH.UNAUTHENTICATED');
  });

  it('finds the account behind an address for the filters: any case, null when none, a coded error when malformed', async () => {
    const USER_BY_EMAIL = `query ($email: String!) { userByEmail(email: $email) { id email roles } }`;
    type Found = { userByEmail: { id: string; email: string; roles: string[] } | null };
    const found = await admin.data<Found>(USER_BY_EMAIL, {
      email: ` ${adminEmail.toUpperCase()} `,
    });
    expect(found.userByEmail).toEqual({ id: adminId, email: adminEmail, roles: ['ADMIN'] });
    // The id it gives filters the trail to that actor.
    const mine = await page({ actorId: found.userByEmail!.id });
    expect(mine.nodes.length).toBeGreaterThan(0);
    expect(mine.nodes.every((e) => e.actorId === adminId)).toBe(true);
    const none = await admin.data<Found>(USER_BY_EMAIL, { email: 'nobody@test.gongkai.cn' });
    expect(none.userByEmail).toBeNull();
    expect(errorCode(await admin.request(USER_BY_EMAIL, { email: 'not an address' }))).toBe(
      'ACCOUNT.INVALID_INPUT',
    );
  });

  it('cannot be altered or deleted, even with direct database access', async () => {
    await expect(
      stack.db.pool.query(`update audit_entry set action = 'USER_CREATED'`),
    ).rejects.toThrow(/append-only/);
    await expect(stack.db.pool.query(`delete from audit_entry`)).rejects.toThrow(/append-only/);
  });
});
