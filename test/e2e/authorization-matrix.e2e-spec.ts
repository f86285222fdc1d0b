import { randomUUID } from 'node:crypto';
import {
  type AgencyRow,
  createAgency,
  createUser,
  type GraphqlClient,
  type GraphqlResponse,
  startTestStack,
  type TestStack,
} from '@gongkai/testing';

// Issue 4: who may call what. Every query and mutation of the live schema must have exactly one
// row below, so a new operation without a decision fails this test. Callers:
//   anon  no token                      apA   applicant A (filed the fixture application)
//   apB   applicant B                   offX  officer of agency X (where the application is)
//   offY  officer of agency Y           supX  supervisor of X      admin  administrator (of X)
// Y = allowed: the guard and the scope check let it through (a domain error such as
//     APPLICATION.TRANSITION_NOT_ALLOWED still counts: the caller got past the checks).
// N = denied: AUTH.UNAUTHENTICATED for anon, AUTH.FORBIDDEN for everyone else.
// Adding an operation: add a row (keep the table sorted by operation name) with a document that
// works for the allowed callers; `vars` may read the fixtures below.

const Y = 'allow';
const N = 'deny';
type Decision = typeof Y | typeof N;
const CALLERS = ['anon', 'apA', 'apB', 'offX', 'offY', 'supX', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

interface Fixtures {
  agencyX: AgencyRow;
  agencyY: AgencyRow;
  /** Filed online by applicant A at agency X, waiting for receipt confirmation. */
  application: { id: string; trackingNumber: string; queryCode: string; version: number };
  adminEmail: string;
  /** An officer of X that the admin rows disable and re-role. */
  spareUserId: string;
}

interface Row {
  operation: string;
  document: string;
  expect: readonly Decision[];
  vars?: (f: Fixtures) => Record<string, unknown>;
}

const row = (
  operation: string,
  document: string,
  expect: readonly Decision[],
  vars?: Row['vars'],
): Row => ({ operation, document, expect, ...(vars ? { vars } : {}) });

const person = {
  kind: 'NATURAL_PERSON',
  name: '张三',
  idType: 'RESIDENT_ID',
  idNumber: '11010519491231002X',
  email: 'zhangsan@test.gongkai.cn',
};
const request = {
  description: '本局 2024 年度预算执行情况',
  requestedForm: 'EMAIL',
  obtainingMethod: 'EMAIL',
};

// prettier-ignore
const MATRIX: readonly Row[] = [
  //  operation                document                                                      anon apA apB offX offY supX admin
  row('agencies',              '{ agencies { id code depth } }',                               [N,  N,  N,  N,   N,   Y,   Y]),
  row('annualReport',          'query ($agencyId: ID!) { annualReport(agencyId: $agencyId, year: 2024) { state } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ agencyId: f.agencyX.id })),
  row('application',           'query ($id: ID!) { application(id: $id) { id } }',           [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ id: f.application.id })),
  row('applications',          'query ($f: ApplicationFilter) { applications(filter: $f) { edges { node { id } } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ f: { agencyId: f.agencyX.id } })),
  row('assignApplication',     'mutation ($input: AssignApplicationInput!) { assignApplication(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, assigneeId: randomUUID() } })),
  row('auditEntries',          '{ auditEntries(first: 5) { nodes { id action } } }',          [N,  N,  N,  N,   N,   N,   Y]),
  row('changePassword',        'mutation { changePassword(input: { currentPassword: "not-the-password", newPassword: "matrix-password" }) { accessToken } }',
                                                                                              [N,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('closeAsDeemedWithdrawn', 'mutation ($input: CloseAsDeemedWithdrawnInput!) { closeAsDeemedWithdrawn(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, reason: 'NO_SUPPLEMENT', note: '逾期未补正' } })),
  row('confirmApplicantSignup', 'mutation { confirmApplicantSignup(input: { token: "no-such-token", password: "matrix-password" }) { accessToken } }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('confirmReceipt',        'mutation ($input: ConfirmReceiptInput!) { confirmReceipt(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version } })),
  row('createAgency',          'mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }',
                                                                                              [N,  N,  N,  N,   N,   N,   Y],
      (f) => ({ input: { code: `M${randomUUID().slice(0, 8).toUpperCase()}`, name: '矩阵下级机关', parentId: f.agencyX.id } })),
  row('createUser',            'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
                                                                                              [N,  N,  N,  N,   N,   N,   Y],
      (f) => ({ input: { email: `u-${randomUUID()}@test.gongkai.cn`, name: '新经办人', password: 'initial-password', roles: ['OFFICER'], agencyId: f.agencyX.id } })),
  row('deadlineCalculator',    '{ deadlineCalculator(receivedOn: "2024-09-02") { replyDueOn } }', [Y,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('decideExtension',       'mutation ($input: DecideExtensionInput!) { decideExtension(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  N,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, approved: true } })),
  row('disableUser',           'mutation ($input: DisableUserInput!) { disableUser(input: $input) { id } }',
                                                                                              [N,  N,  N,  N,   N,   N,   Y],
      (f) => ({ input: { userId: f.spareUserId } })),
  row('finalizeAnnualReport',  'mutation ($input: AnnualReportInput!) { finalizeAnnualReport(input: $input) { report { state } } }',
                                                                                              [N,  N,  N,  N,   N,   Y,   N],
      (f) => ({ input: { agencyId: f.agencyX.id, year: 2024 } })),
  row('issueFeeNotice',        'mutation ($input: IssueFeeNoticeInput!) { issueFeeNotice(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, pages: 10 } })),
  row('issueReply',            'mutation ($input: IssueReplyInput!) { issueReply(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, outcome: 'GRANTED', accessInstructions: '领取', replyText: '答复' } })),
  row('loadWorkingCalendarYear', 'mutation ($input: LoadWorkingCalendarYearInput!) { loadWorkingCalendarYear(input: $input) { recomputedApplications } }',
                                                                                              [N,  N,  N,  N,   N,   N,   Y],
      () => ({ input: { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeUpWorkdays: [],
                        source: { title: '测试通知', url: 'https://www.gov.cn/test.htm' } } })),
  row('login',                 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y],
      (f) => ({ input: { email: f.adminEmail, password: 'test-password-1' } })),
  row('logout',                'mutation { logout(refreshToken: "no-such-token") }',           [Y,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('me',                    '{ me { id } }',                                                [N,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('monthlyStatistics',     'query ($agencyId: ID!) { monthlyStatistics(agencyId: $agencyId, year: 2024) { month } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ agencyId: f.agencyX.id })),
  row('myApplications',        '{ myApplications { nodes { trackingNumber } } }',             [N,  Y,  Y,  N,   N,   N,   N]),
  row('prepareAnnualReport',   'mutation ($input: AnnualReportInput!) { prepareAnnualReport(input: $input) { report { state } } }',
                                                                                              [N,  N,  N,  N,   N,   Y,   N],
      (f) => ({ input: { agencyId: f.agencyX.id, year: 2023 } })),
  row('publicAgencies',        '{ publicAgencies { code name parentCode } }',                 [Y,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('publishCorrection',     'mutation ($input: PublishCorrectionInput!) { publishCorrection(input: $input) { created } }',
                                                                                              [N,  N,  N,  N,   N,   Y,   N],
      (f) => ({ input: { agencyId: f.agencyX.id, year: 2024, quarter: 2, reason: '更正' } })),
  row('publishQuarterlyStatistics', 'mutation ($input: PublishQuarterlyStatisticsInput!) { publishQuarterlyStatistics(input: $input) { created } }',
                                                                                              [N,  N,  N,  N,   N,   Y,   N],
      (f) => ({ input: { agencyId: f.agencyX.id, year: 2024, quarter: 1 } })),
  row('publishedStatistics',   'query ($code: String!) { publishedStatistics(agencyCode: $code, year: 2024) { version } }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y],
      (f) => ({ code: f.agencyX.code })),
  row('quarterlyStatistics',   'query ($agencyId: ID!) { quarterlyStatistics(agencyId: $agencyId, year: 2024, quarter: 1) { pendingAtEnd } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ agencyId: f.agencyX.id })),
  row('recordConsultationReply', 'mutation ($input: RecordConsultationReplyInput!) { recordConsultationReply(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, consultationId: randomUUID(), answer: 'AGREE' } })),
  row('recordFeePayment',      'mutation ($input: RecordFeePaymentInput!) { recordFeePayment(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version } })),
  row('recordReview',          'mutation ($input: RecordReviewInput!) { recordReview(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, kind: 'RECONSIDERATION', filedOn: '2024-09-02', result: 'PENDING' } })),
  row('recordService',         'mutation ($input: RecordServiceInput!) { recordService(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, method: 'EMAIL' } })),
  row('recordSupplement',      'mutation ($input: RecordSupplementInput!) { recordSupplement(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version } })),
  row('recordWithdrawal',      'mutation ($input: RecordWithdrawalInput!) { recordWithdrawal(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, note: '来信撤回' } })),
  row('refreshSession',        'mutation { refreshSession(refreshToken: "no-such-token") { accessToken } }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('registerApplicant',     'mutation ($input: RegisterApplicantInput!) { registerApplicant(input: $input) }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y],
      () => ({ input: { email: `m-${randomUUID()}@test.gongkai.cn`, password: 'matrix-password', name: '矩阵' } })),
  row('registerApplication',   'mutation ($input: RegisterApplicationInput!) { registerApplication(input: $input) { queryCode } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { agencyId: f.agencyX.id, channel: 'IN_PERSON', applicant: person, request } })),
  row('requestExtension',      'mutation ($input: RequestExtensionInput!) { requestExtension(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, reason: '情况复杂' } })),
  row('requestPasswordReset',  'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y],
      () => ({ input: { email: `r-${randomUUID()}@test.gongkai.cn` } })),
  row('requestSupplement',     'mutation ($input: RequestSupplementInput!) { requestSupplement(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, items: ['缺文号'], dueOn: '2999-01-01' } })),
  row('resetPassword',         'mutation { resetPassword(input: { token: "no-such-token", newPassword: "matrix-password" }) }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('sendTestEmail',         'mutation { sendTestEmail(input: { to: "matrix@test.gongkai.cn" }) { emailMessageId } }',
                                                                                              [N,  N,  N,  N,   N,   N,   Y]),
  row('startConsultation',     'mutation ($input: StartConsultationInput!) { startConsultation(input: $input) { application { id } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ input: { applicationId: f.application.id, expectedVersion: f.application.version, kind: 'THIRD_PARTY', partyName: '某公司' } })),
  row('statisticsRollUp',      'query ($agencyId: ID!) { statisticsRollUp(agencyId: $agencyId, year: 2024) { subtree { table { heading } } } }',
                                                                                              [N,  N,  N,  Y,   N,   Y,   N],
      (f) => ({ agencyId: f.agencyX.id })),
  row('submitApplication',     'mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { trackingNumber } }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y],
      (f) => ({ input: { agencyCode: f.agencyX.code, idempotencyKey: randomUUID(), applicant: person, request } })),
  row('submitSupplement',      'mutation ($input: SubmitSupplementInput!) { submitSupplement(input: $input) { trackingNumber } }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y],
      (f) => ({ input: { trackingNumber: f.application.trackingNumber, queryCode: f.application.queryCode, response: '补正内容' } })),
  row('trackApplication',      'query ($t: String!, $c: String!) { trackApplication(trackingNumber: $t, queryCode: $c) { status } }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y],
      (f) => ({ t: f.application.trackingNumber, c: f.application.queryCode })),
  row('updateUserRoles',       'mutation ($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { id } }',
                                                                                              [N,  N,  N,  N,   N,   N,   Y],
      (f) => ({ input: { userId: f.spareUserId, roles: ['OFFICER'], agencyId: f.agencyX.id } })),
  row('userByEmail',           '{ userByEmail(email: "nobody@matrix.gongkai.cn") { id } }',  [N,  N,  N,  N,   N,   N,   Y]),
  row('users',                 'query ($id: ID!) { users(agencyId: $id) { nodes { id } } }',   [N,  N,  N,  N,   N,   Y,   Y],
      (f) => ({ id: f.agencyX.id })),
  row('withdrawApplication',   'mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { trackingNumber } }',
                                                                                              [Y,  Y,  Y,  Y,   Y,   Y,   Y],
      (f) => ({ input: { trackingNumber: f.application.trackingNumber, queryCode: 'AAAA-AAAA-AAAA-AAAA' } })),
  row('workingCalendar',       '{ workingCalendar(year: 2024) { origin } }',                   [Y,  Y,  Y,  Y,   Y,   Y,   Y]),
  row('workload',              '{ workload { open overdue officers { open } } }',            [N,  N,  N,  N,   N,   Y,   Y]),
];

const INTROSPECT =
  '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }';

/** What the caller got: past the checks, or stopped by them (and with which code). */
function decisionOf(caller: Caller, result: GraphqlResponse<unknown>): Decision | string {
  const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  const denial = caller === 'anon' ? 'AUTH.UNAUTHENTICATED' : 'AUTH.FORBIDDEN';
  if (codes.length === 1 && codes[0] === denial) return N;
  // A broken row (bad document, wrong variables) or a crash is neither allowed nor denied.
  const broken = codes.find((c) =>
    /^(GRAPHQL\.|REQUEST\.INVALID|INTERNAL|NO_CODE|AUTH\.(UNAUTHENTICATED|FORBIDDEN))/.test(c),
  );
  return broken ? `error ${broken}: ${result.errors?.[0]?.message}` : Y;
}

describe('authorization matrix: every operation × every kind of caller', () => {
  let stack: TestStack;
  let fixtures: Fixtures;
  const clients = {} as Record<Caller, GraphqlClient>;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    const { pool } = stack.db;
    const agencyX = await createAgency(pool, { name: '测试机关 X' });
    const agencyY = await createAgency(pool, { name: '测试机关 Y' });
    const users = {
      apA: await createUser(pool, { roles: ['APPLICANT'] }),
      apB: await createUser(pool, { roles: ['APPLICANT'] }),
      offX: await createUser(pool, { roles: ['OFFICER'], agency: agencyX }),
      offY: await createUser(pool, { roles: ['OFFICER'], agency: agencyY }),
      supX: await createUser(pool, { roles: ['SUPERVISOR'], agency: agencyX }),
      admin: await createUser(pool, { roles: ['ADMIN'], agency: agencyX }),
    };
    clients.anon = stack.client;
    for (const [caller, user] of Object.entries(users)) {
      clients[caller as Caller] = await stack.client.login(user.email, user.password);
    }
    const { submitApplication } = await clients.apA.data<{
      submitApplication: { trackingNumber: string; queryCode: string };
    }>(
      'mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { trackingNumber queryCode } }',
      {
        input: {
          agencyCode: agencyX.code,
          idempotencyKey: randomUUID(),
          applicant: person,
          request,
        },
      },
    );
    const stored = await pool.query<{ id: string; version: number }>(
      'select id, version from application where tracking_number = $1',
      [submitApplication.trackingNumber],
    );
    fixtures = {
      agencyX,
      agencyY,
      application: { ...submitApplication, ...stored.rows[0]! },
      adminEmail: users.admin.email,
      spareUserId: (await createUser(pool, { roles: ['OFFICER'], agency: agencyX })).id,
    };
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('has exactly one row for every query and mutation of the schema', async () => {
    const { __schema } = await stack.client.data<{
      __schema: Record<'queryType' | 'mutationType', { fields: { name: string }[] }>;
    }>(INTROSPECT);
    const operations = [...__schema.queryType.fields, ...__schema.mutationType.fields]
      .map((f) => f.name)
      .sort();
    const rows = MATRIX.map((r) => r.operation);
    expect(rows).toEqual([...new Set(rows)]);
    expect([...rows].sort()).toEqual(operations);
  });

  it.each(MATRIX.map((r) => [r.operation, r] as const))('%s', async (_, r) => {
    const actual: Record<string, Decision | string> = {};
    for (const caller of CALLERS) {
      const result = await clients[caller].request(r.document, r.vars?.(fixtures) ?? {});
      actual[caller] = decisionOf(caller, result);
    }
    expect(actual).toEqual(Object.fromEntries(CALLERS.map((c, i) => [c, r.expect[i]])));
  });
});
