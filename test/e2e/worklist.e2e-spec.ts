import {
  type AgencyRow,
  createAgency,
  createUser,
  type GraphqlClient,
  errorCode,
  startTestStack,
  type TestStack,
} from '@gongkai/testing';

// Issue 4, Queries: the officers' worklist (keyset pages, scope, filters, Chinese search),
// possible repeats and the monthly volume, and the bounded query count of a page.

const NODE_FIELDS = `id trackingNumber status channel receivedOn replyDueOn
  agency { id code } assignee { id displayName }
  applicant { kind name }
  possibleRepeats { id trackingNumber similarity }
  monthlyFilings { month count ordinal feeMayApply }
  timeline { type }`;

const LIST = `query ($filter: ApplicationFilter, $orderBy: ApplicationOrder, $first: Int, $after: String) {
  applications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { ${NODE_FIELDS} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const LIST_IDS = `query ($filter: ApplicationFilter, $orderBy: ApplicationOrder, $first: Int, $after: String) {
  applications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { id replyDueOn receivedOn } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every field of an Application that needs a lookup of its own (the query-count test). */
const FULL_PAGE = `query ($first: Int) {
  applications(first: $first) {
    edges { node { ${NODE_FIELDS}
      clock { overdue countedWorkingDaysRemaining } availableActions
      consultations { __typename } supplementRequest { __typename } feeNotice { __typename }
      reviews { __typename } } }
  }
}`;

const REGISTER = `mutation ($input: RegisterApplicationInput!) {
  registerApplication(input: $input) { application { id replyDueOn receivedOn } }
}`;

interface Node {
  id: string;
  trackingNumber: string;
  status: string;
  channel: string;
  receivedOn: string | null;
  replyDueOn: string | null;
  agency: { id: string; code: string };
  assignee: { id: string; displayName: string } | null;
  applicant: { kind: string; name: string | null };
  possibleRepeats: { id: string; trackingNumber: string; similarity: number }[];
  monthlyFilings: { month: string; count: number; ordinal: number; feeMayApply: boolean } | null;
  timeline: { type: string }[];
  clock?: { overdue: boolean } | null;
  availableActions: string[];
}

interface Page<N = Node> {
  applications: {
    edges: { cursor: string; node: N }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

type Short = Pick<Node, 'id' | 'replyDueOn' | 'receivedOn'>;

/** A valid resident ID number (GB 11643 check character) from 17 digits. */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

const PERSON_A = residentId('11010519800101001');
const PERSON_B = residentId('11010519900202002');
const PERSON_C = residentId('11010519700303003');

function todayInShanghai(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** `days` calendar days before `date`. */
function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

describe('worklist: applications(filter, orderBy, first, after), repeats, query count', () => {
  let stack: TestStack;
  let agencyX: AgencyRow;
  let agencyX1: AgencyRow;
  let agencyY: AgencyRow;
  let officerX: GraphqlClient;
  let officerX1: GraphqlClient;
  let officerY: GraphqlClient;
  let supervisorX: GraphqlClient;
  let admin: GraphqlClient;
  let applicantClient: GraphqlClient;
  let officerXId: string;
  const today = todayInShanghai();
  const lastMonth = `${daysBefore(`${today.slice(0, 7)}-01`, 1).slice(0, 7)}`;

  const register = async (
    client: GraphqlClient,
    input: {
      arrivedOn?: string;
      description?: string;
      idNumber?: string;
      name?: string;
      channel?: string;
      extra?: Record<string, unknown>;
      applicant?: Record<string, unknown>;
    } = {},
  ): Promise<Short> => {
    const { registerApplication } = await client.data<{
      registerApplication: { application: Short };
    }>(REGISTER, {
      input: {
        channel: input.channel ?? 'IN_PERSON',
        arrivedOn: input.arrivedOn ?? today,
        applicant: input.applicant ?? {
          kind: 'NATURAL_PERSON',
          name: input.name ?? '周办事',
          idType: 'RESIDENT_ID',
          idNumber: input.idNumber ?? PERSON_C,
          phone: '13800138000',
          email: 'applicant@test.gongkai.cn',
        },
        request: {
          description: input.description ?? '本区 2025 年度部门预算执行情况',
          requestedForm: 'EMAIL',
          obtainingMethod: 'EMAIL',
        },
        ...input.extra,
      },
    });
    return registerApplication.application;
  };

  const list = async (client: GraphqlClient, variables: Record<string, unknown> = {}) =>
    (await client.data<Page>(LIST, variables)).applications;

  /** Every page, following `endCursor`, as the ids in order. */
  const listAll = async (
    client: GraphqlClient,
    variables: Record<string, unknown> = {},
    first = 7,
  ): Promise<Short[]> => {
    const out: Short[] = [];
    let after = (variables['after'] as string | undefined) ?? null;
    for (;;) {
      const { applications }: Page<Short> = await client.data<Page<Short>>(LIST_IDS, {
        ...variables,
        first,
        after,
      });
      out.push(...applications.edges.map((e) => e.node));
      if (!applications.pageInfo.hasNextPage) return out;
      after = applications.pageInfo.endCursor;
    }
  };

  const queryCount = async () => {
    const text = await (await fetch(`${stack.apiUrl}/metrics`)).text();
    return Number(/^gongkai_db_queries_total (\d+)/m.exec(text)?.[1]);
  };

  beforeAll(async () => {
    // Every request reads its account, so a statement count never depends on whether the
    // process's 5-second account cache lapsed between two requests.
    stack = await startTestStack({ worker: false, env: { ACCOUNT_STATE_TTL_MS: '0' } });
    const pool = stack.db.pool;
    agencyX = await createAgency(pool, { name: '测试市政府' });
    agencyX1 = await createAgency(pool, { name: '测试市教育局', parent: agencyX });
    agencyY = await createAgency(pool, { name: '另一市政府' });
    const login = async (roles: string[], agency: AgencyRow | null) => {
      const user = await createUser(pool, { roles, agency });
      return { id: user.id, client: await stack.client.login(user.email, user.password) };
    };
    const ox = await login(['OFFICER'], agencyX);
    officerX = ox.client;
    officerXId = ox.id;
    officerX1 = (await login(['OFFICER'], agencyX1)).client;
    officerY = (await login(['OFFICER'], agencyY)).client;
    supervisorX = (await login(['SUPERVISOR'], agencyX)).client;
    admin = (await login(['ADMIN'], null)).client;
    applicantClient = (await login(['APPLICANT'], null)).client;
  });
  afterAll(async () => stack?.stop());

  it('pages through the worklist in reply-due order without gaps or repeats while rows are added', async () => {
    // 24 applications to agency X over the last 60 days, some on the same day (equal due dates).
    for (let i = 0; i < 24; i++) {
      await register(officerX, { arrivedOn: daysBefore(today, (i * 5) % 60) });
    }
    const first = await list(officerX, { first: 10 });
    expect(first.edges).toHaveLength(10);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const dues = first.edges.map((e) => e.node.replyDueOn!);
    expect(dues).toEqual([...dues].sort());
    expect(first.edges.every((e) => e.node.agency.id === agencyX.id)).toBe(true);

    // New rows before the cursor, at it (same due date, so the id decides) and after it.
    const cursorNode = first.edges.at(-1)!.node;
    await register(officerX, { arrivedOn: daysBefore(today, 90) });
    const sameDay = await register(officerX, { arrivedOn: daysBefore(today, 0) });
    await register(officerX, { arrivedOn: daysBefore(today, 1) });
    await register(officerX, { arrivedOn: daysBefore(today, 2) });
    // An application still awaiting confirmation has no due date: it sorts last.
    const pending = await register(officerX, {
      channel: 'LETTER',
      extra: { letterKind: 'ORDINARY' },
    });
    expect(pending.replyDueOn).toBeNull();

    const rest = await listAll(officerX, { after: first.pageInfo.endCursor });
    const everything = await listAll(officerX, {}, 100);
    const position = everything.findIndex((n) => n.id === cursorNode.id);
    expect(rest.map((n) => n.id)).toEqual(everything.slice(position + 1).map((n) => n.id));
    const seen = [...first.edges.map((e) => e.node.id), ...rest.map((n) => n.id)];
    expect(new Set(seen).size).toBe(seen.length);
    expect(everything.at(-1)!.id).toBe(pending.id);
    expect(everything.map((n) => n.id)).toContain(sameDay.id);
    expect(everything).toHaveLength(29);

    // The other order pages the same way: newest legal receipt first.
    const byReceipt = await listAll(officerX, { orderBy: 'RECEIVED_ON_DESC' }, 6);
    expect(byReceipt).toHaveLength(29);
    const received = byReceipt.filter((n) => n.receivedOn).map((n) => n.receivedOn!);
    expect(received).toEqual([...received].sort().reverse());
    expect(byReceipt.at(-1)!.id).toBe(pending.id);
  });

  it('shows officers their agency, supervisors their subtree, administrators nothing', async () => {
    await register(officerX1, { arrivedOn: daysBefore(today, 3) });
    await register(officerY, { arrivedOn: daysBefore(today, 3) });
    const agenciesSeen = async (client: GraphqlClient, filter?: Record<string, unknown>) =>
      new Set((await list(client, { first: 100, filter })).edges.map((e) => e.node.agency.code));

    expect(await agenciesSeen(officerX)).toEqual(new Set([agencyX.code]));
    expect(await agenciesSeen(officerX1)).toEqual(new Set([agencyX1.code]));
    expect(await agenciesSeen(officerY)).toEqual(new Set([agencyY.code]));
    expect(await agenciesSeen(supervisorX)).toEqual(new Set([agencyX.code, agencyX1.code]));
    expect(await agenciesSeen(supervisorX, { agencyId: agencyX1.id })).toEqual(
      new Set([agencyX1.code]),
    );
    // Administrators keep the configuration; applicants' data is for the agencies' staff.
    expect(errorCode(await admin.request(LIST))).toBe('AUTH.FORBIDDEN');

    // Another agency's worklist is refused, not answered empty.
    expect(errorCode(await officerX.request(LIST, { filter: { agencyId: agencyY.id } }))).toBe(
      'AUTH.FORBIDDEN',
    );
    expect(errorCode(await supervisorX.request(LIST, { filter: { agencyId: agencyY.id } }))).toBe(
      'AUTH.FORBIDDEN',
    );
    expect(errorCode(await officerX1.request(LIST, { filter: { agencyId: agencyX.id } }))).toBe(
      'AUTH.FORBIDDEN',
    );
    expect(errorCode(await applicantClient.request(LIST))).toBe('AUTH.FORBIDDEN');
    expect(errorCode(await stack.client.request(LIST))).toBe('AUTH.UNAUTHENTICATED');
  });

  it('filters by status, channel, applicant kind, assignee, receipt dates, due dates and overdue', async () => {
    const org = await register(officerX, {
      arrivedOn: daysBefore(today, 4),
      applicant: {
        kind: 'RESEARCH_INSTITUTION',
        organisationName: '测试大学环境研究所',
        creditCode: '91350100M000100Y43',
        contactPerson: '吴联系',
        phone: '13800138000',
        email: 'institute@test.gongkai.cn',
      },
    });
    const mine = await register(officerX, { arrivedOn: daysBefore(today, 6) });
    await stack.db.pool.query('update application set assignee_id = $1 where id = $2', [
      officerXId,
      mine.id,
    ]);
    const ids = async (filter: Record<string, unknown>) =>
      (await listAll(officerX, { filter }, 50)).map((n) => n.id);
    const all = await listAll(officerX, {}, 100);

    expect(await ids({ applicantKinds: ['RESEARCH_INSTITUTION'] })).toEqual([org.id]);
    expect(await ids({ assigneeId: officerXId })).toEqual([mine.id]);
    const unassigned = await ids({ unassigned: true });
    expect(unassigned).toHaveLength(all.length - 1);
    expect(unassigned).not.toContain(mine.id);
    expect(await ids({ statuses: [] })).toEqual([]);
    const pending = await ids({ statuses: ['PENDING_CONFIRMATION'] });
    expect(pending).toHaveLength(1);
    expect(await ids({ channels: ['LETTER'] })).toEqual(pending);

    const from = daysBefore(today, 10);
    const to = daysBefore(today, 5);
    const inRange = all.filter((n) => n.receivedOn && n.receivedOn >= from && n.receivedOn <= to);
    expect(inRange.length).toBeGreaterThan(0);
    expect(await ids({ receivedFrom: from, receivedTo: to })).toEqual(inRange.map((n) => n.id));

    // Due dates are 20 working days after receipt: overdue = received long ago, still open.
    const overdue = all.filter((n) => n.replyDueOn && n.replyDueOn < today);
    expect(overdue.length).toBeGreaterThan(0);
    expect(await ids({ overdue: true })).toEqual(overdue.map((n) => n.id));
    expect((await ids({ overdue: false })).sort()).toEqual(
      all
        .filter((n) => !overdue.includes(n))
        .map((n) => n.id)
        .sort(),
    );
    // A consultation pauses the clock: the stored date is a projection, not overdue.
    const paused = overdue[0]!;
    await stack.db.pool.query(
      `update application set status = 'AWAITING_CONSULTATION' where id = $1`,
      [paused.id],
    );
    expect(await ids({ overdue: true })).toEqual(overdue.slice(1).map((n) => n.id));
    expect(await ids({ overdue: false })).toContain(paused.id);
    await stack.db.pool.query(`update application set status = 'IN_PROGRESS' where id = $1`, [
      paused.id,
    ]);
    const dueSoon = await listAll(officerX, { filter: { dueWithinWorkingDays: 5 } }, 50);
    expect(dueSoon.length).toBeGreaterThan(0);
    expect(dueSoon.every((n) => n.replyDueOn! >= today)).toBe(true);
    const later = all.filter((n) => n.replyDueOn && n.replyDueOn >= today);
    expect(dueSoon.length).toBeLessThan(later.length);

    // Concluded applications leave the worklist unless asked for.
    await stack.db.pool.query(`update application set status = 'CLOSED' where id = $1`, [org.id]);
    expect(await ids({})).not.toContain(org.id);
    expect(await ids({ overdue: false })).not.toContain(org.id);
    expect(await ids({ includeConcluded: true })).toContain(org.id);
    expect(await ids({ statuses: ['CLOSED'] })).toEqual([org.id]);

    expect(
      errorCode(
        await officerX.request(LIST, { filter: { assigneeId: officerXId, unassigned: true } }),
      ),
    ).toBe('WORKLIST.INVALID_FILTER');
    expect(errorCode(await officerX.request(LIST, { filter: { dueWithinWorkingDays: 500 } }))).toBe(
      'WORKLIST.INVALID_FILTER',
    );
    expect(errorCode(await officerX.request(LIST, { first: 500 }))).toBe(
      'WORKLIST.INVALID_PAGE_SIZE',
    );
    expect(errorCode(await officerX.request(LIST, { after: 'bm90IGEgY3Vyc29y' }))).toBe(
      'WORKLIST.INVALID_CURSOR',
    );
  });

  it('finds Chinese text in descriptions and names, from two characters on', async () => {
    const water = await register(officerX, {
      description: '2025年赤水河流域水质监测报告',
      name: '欧阳水清',
    });
    const school = await register(officerX, { description: '学校食堂招标文件及中标结果' });
    const search = async (text: string) =>
      (await listAll(officerX, { filter: { search: text } }, 50)).map((n) => n.id);

    expect(await search('水质')).toEqual([water.id]);
    expect(await search('赤水河流域')).toEqual([water.id]);
    expect(await search('欧阳')).toEqual([water.id]);
    expect(await search('食堂招标')).toEqual([school.id]);
    expect(await search('水河质')).toEqual([]);
    // `%` and `_` are text, not wildcards.
    expect(await search('%%')).toEqual([]);
    expect(errorCode(await officerX.request(LIST, { filter: { search: '水' } }))).toBe(
      'WORKLIST.SEARCH_TOO_SHORT',
    );
  });

  it('shows possible repeats of the same applicant and flags the 11th filing of a month', async () => {
    const first = await register(officerX, {
      idNumber: PERSON_A,
      arrivedOn: `${lastMonth}-03`,
      description: '2024 年度本区老旧小区改造项目的资金使用情况',
    });
    const second = await register(officerX, {
      idNumber: PERSON_A,
      arrivedOn: `${lastMonth}-04`,
      description: '2024年度本区老旧小区改造项目资金使用情况',
    });
    await register(officerX, {
      idNumber: PERSON_A,
      arrivedOn: `${lastMonth}-05`,
      description: '学校食堂招标文件及中标结果',
    });
    // The same description from someone else, and at another agency, are not repeats.
    await register(officerX, {
      idNumber: PERSON_B,
      arrivedOn: `${lastMonth}-05`,
      description: '2024 年度本区老旧小区改造项目的资金使用情况',
    });
    await register(officerY, {
      idNumber: PERSON_A,
      arrivedOn: `${lastMonth}-05`,
      description: '2024 年度本区老旧小区改造项目的资金使用情况',
    });
    const latest = await register(officerX, {
      idNumber: PERSON_A,
      arrivedOn: `${lastMonth}-06`,
      description: '2024 年度本区老旧小区改造项目的资金使用情况',
    });
    const node = async (id: string) =>
      (await list(officerX, { first: 100 })).edges.find((e) => e.node.id === id)!.node;

    // An organisation is recognised by its credit code.
    const institute = (description: string) =>
      register(officerX, {
        arrivedOn: `${lastMonth}-07`,
        description,
        applicant: {
          kind: 'COMMERCIAL_ENTERPRISE',
          organisationName: '测试建设有限公司',
          creditCode: '91110108MA00ABCD1U',
          contactPerson: '郑联系',
          email: 'company@test.gongkai.cn',
        },
      });
    const orgFirst = await institute('本区道路拓宽工程征地补偿标准及批复文件');
    const orgSecond = await institute('本区道路拓宽工程征地补偿标准和批复文件');
    expect((await node(orgSecond.id)).possibleRepeats.map((r) => r.id)).toEqual([orgFirst.id]);
    expect((await node(orgSecond.id)).monthlyFilings).toMatchObject({ count: 2, ordinal: 2 });

    const repeats = (await node(latest.id)).possibleRepeats;
    expect(repeats.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(repeats[1]!.similarity).toBe(1);
    expect((await node(first.id)).possibleRepeats).toEqual([]);

    // PERSON_B files ten more that month: the 11th falls in the first paid tier (100 元).
    const filings = [];
    for (let day = 10; day < 20; day++) {
      filings.push(
        await register(officerX, {
          idNumber: PERSON_B,
          arrivedOn: `${lastMonth}-${day}`,
          description: `第 ${day} 号文件`,
        }),
      );
    }
    expect((await node(filings[8]!.id)).monthlyFilings).toEqual({
      month: lastMonth,
      count: 11,
      ordinal: 10,
      feeMayApply: false,
    });
    expect((await node(filings[9]!.id)).monthlyFilings).toMatchObject({
      ordinal: 11,
      feeMayApply: true,
    });
    expect((await node(latest.id)).monthlyFilings).toMatchObject({ count: 4, ordinal: 4 });
  });

  it('gives a supervisor the workload of the agency and the agencies below it', async () => {
    const pool = stack.db.pool;
    const w = await createAgency(pool, { name: '看板测试局' });
    const w1 = await createAgency(pool, { name: '看板测试科', parent: w });
    const officerW = await createUser(pool, { roles: ['OFFICER'], agency: w });
    const officerW1 = await createUser(pool, { roles: ['OFFICER'], agency: w1 });
    const supervisorW = await createUser(pool, { roles: ['SUPERVISOR'], agency: w });
    const owClient = await stack.client.login(officerW.email, officerW.password);
    const ow1Client = await stack.client.login(officerW1.email, officerW1.password);
    const swClient = await stack.client.login(supervisorW.email, supervisorW.password);

    const old = await register(owClient, { arrivedOn: daysBefore(today, 60) });
    for (let back = 20; back <= 30; back += 2) {
      await register(owClient, { arrivedOn: daysBefore(today, back) });
    }
    const fresh = await register(owClient);
    await register(owClient, { channel: 'LETTER', extra: { letterKind: 'ORDINARY' } });
    await register(ow1Client, { arrivedOn: daysBefore(today, 70) });
    await pool.query('update application set assignee_id = $1 where id = any($2)', [
      officerW.id,
      [old.id, fresh.id],
    ]);
    await pool.query(`update application set extension_status = 'REQUESTED' where id = $1`, [
      fresh.id,
    ]);

    const WORKLOAD = `query ($agencyId: ID, $includeSubtree: Boolean) {
      workload(agencyId: $agencyId, includeSubtree: $includeSubtree) {
        agency { id } includeSubtree asOf weekEndsOn open overdue dueThisWeek unassigned
        awaitingExtensionDecision awaitingConfirmation
        officers { officer { id displayName } open overdue dueThisWeek }
      }
    }`;
    type Workload = {
      workload: {
        agency: { id: string } | null;
        open: number;
        overdue: number;
        dueThisWeek: number;
        unassigned: number;
        awaitingExtensionDecision: number;
        awaitingConfirmation: number;
        asOf: string;
        officers: { officer: { id: string }; open: number; overdue: number }[];
      };
    };
    const { workload } = await swClient.data<Workload>(WORKLOAD);
    // The same numbers as the worklist's filters give for the same agencies.
    const count = async (filter: Record<string, unknown>) =>
      (
        await listAll(
          swClient,
          { filter: { agencyId: w.id, includeSubtree: true, ...filter } },
          100,
        )
      ).length;
    expect(workload).toMatchObject({
      agency: { id: w.id },
      asOf: today,
      open: 10,
      overdue: await count({ overdue: true }),
      dueThisWeek: await count({ dueWithinWorkingDays: 5 }),
      unassigned: 8,
      awaitingExtensionDecision: await count({ extensionRequested: true }),
      awaitingConfirmation: 1,
    });
    expect(workload.awaitingExtensionDecision).toBe(1);
    expect(await count({ extensionRequested: false })).toBe(workload.open - 1);
    expect(workload.overdue).toBeGreaterThanOrEqual(3);
    expect(workload.dueThisWeek).toBeGreaterThan(0);
    expect(workload.officers).toEqual([
      expect.objectContaining({
        officer: expect.objectContaining({ id: officerW.id }),
        open: 2,
        overdue: 1,
      }),
      expect.objectContaining({
        officer: expect.objectContaining({ id: officerW1.id }),
        open: 0,
        overdue: 0,
      }),
    ]);

    const own = (await swClient.data<Workload>(WORKLOAD, { includeSubtree: false })).workload;
    expect(own.open).toBe(9);
    expect(own.officers.map((o) => o.officer.id)).toEqual([officerW.id]);

    expect((await admin.data<Workload>(WORKLOAD, { agencyId: w1.id })).workload).toMatchObject({
      agency: { id: w1.id },
      open: 1,
      overdue: 1,
      unassigned: 1,
    });
    expect(errorCode(await swClient.request(WORKLOAD, { agencyId: agencyX.id }))).toBe(
      'AUTH.FORBIDDEN',
    );
    expect(errorCode(await owClient.request(WORKLOAD))).toBe('AUTH.FORBIDDEN');
  });

  it('costs the same number of SQL statements for a page of 5 and a page of 50', async () => {
    for (let i = (await listAll(officerX, {}, 100)).length; i < 55; i++) {
      await register(officerX, { arrivedOn: daysBefore(today, i % 30) });
    }
    // Every row with an assignee, so both pages ask the same loaders.
    await stack.db.pool.query('update application set assignee_id = $1 where agency_id = $2', [
      officerXId,
      agencyX.id,
    ]);
    const cost = async (first: number) => {
      const before = await queryCount();
      const { applications: page } = await officerX.data<Page>(FULL_PAGE, { first });
      const after = await queryCount();
      expect(page.edges).toHaveLength(first);
      expect(page.edges.every((e) => e.node.clock && e.node.availableActions.length > 0)).toBe(
        true,
      );
      return after - before;
    };
    await cost(1); // warms the per-process caches (e.g. the working-day calendar)
    const small = await cost(5);
    const large = await cost(50);
    expect(large).toBe(small);
    // The page (an officer's scope costs no statement), then one statement per batched lookup:
    // agency, assignee, possible repeats, monthly filings, timeline, processing records (all four
    // record tables in one); plus the account read of the sign-in check.
    expect(large).toBe(8);
  });
});
