import {
  type AgencyRow,
  createAgency,
  createUser,
  type GraphqlClient,
  startTestStack,
  type TestStack,
} from '@gongkai/testing';

// Issue 6 through the lifecycle: applications registered, replied, served, withdrawn and reviewed
// through the officers' use cases land in the right cells of the quarter and of two years.

const APP = 'application { id version status }';
const REGISTER = `mutation ($input: RegisterApplicationInput!) { registerApplication(input: $input) { ${APP} } }`;
const REPLY = `mutation ($input: IssueReplyInput!) { issueReply(input: $input) { ${APP} } }`;
const SERVE = `mutation ($input: RecordServiceInput!) { recordService(input: $input) { ${APP} } }`;
const WITHDRAW = `mutation ($input: RecordWithdrawalInput!) { recordWithdrawal(input: $input) { ${APP} } }`;
const REVIEW = `mutation ($input: RecordReviewInput!) { recordReview(input: $input) { ${APP} } }`;
const QUARTER = `query ($agencyId: ID!, $year: Int!, $quarter: Int!) {
  quarterlyStatistics(agencyId: $agencyId, year: $year, quarter: $quarter) {
    current { rows { key values } }
    replies { onTime late }
    channels { channel received }
  }
}`;
const ANNUAL = `query ($agencyId: ID!, $year: Int!) {
  annualReport(agencyId: $agencyId, year: $year) {
    state tableThree { rows { key values } } tableFour { groups { kind values } }
  }
}`;

type Rows = { key: string; values: number[] }[];
type Application = { id: string; version: number; status: string };

function todayInShanghai(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function applicant() {
  return {
    kind: 'NATURAL_PERSON',
    name: '王五',
    idType: 'RESIDENT_ID',
    // GB 11643's own example; its check character is X.
    idNumber: '11010519491231002X',
    phone: '13800138000',
    postalAddress: '测试市测试路 1 号',
  };
}
const request = {
  description: '本区道路养护合同',
  requestedForm: 'PAPER',
  obtainingMethod: 'POST',
};

describe('statistics of applications processed through the use cases', () => {
  let stack: TestStack;
  let agency: AgencyRow;
  let officer: GraphqlClient;
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;

  const register = async (input: Record<string, unknown>): Promise<Application> => {
    const { registerApplication } = await officer.data<{
      registerApplication: { application: Application };
    }>(REGISTER, {
      input: { agencyId: agency.id, applicant: applicant(), request, ...input },
    });
    return registerApplication.application;
  };
  const change = async (mutation: string, field: string, input: Record<string, unknown>) => {
    const data = await officer.data<Record<string, { application: Application }>>(mutation, {
      input,
    });
    return data[field]!.application;
  };

  beforeAll(async () => {
    stack = await startTestStack();
    agency = await createAgency(stack.db.pool);
    const user = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
    officer = await stack.client.login(user.email, user.password);

    // Received at the end of last year, replied and served today: carried into this year.
    let carried = await register({ channel: 'IN_PERSON', arrivedOn: `${year - 1}-12-30` });
    carried = await change(REPLY, 'issueReply', {
      applicationId: carried.id,
      expectedVersion: carried.version,
      outcome: 'GRANTED',
      accessInstructions: '请到政务服务中心领取',
      replyText: '经审查，您申请的信息予以公开。',
    });
    carried = await change(SERVE, 'recordService', {
      applicationId: carried.id,
      expectedVersion: carried.version,
      method: 'IN_PERSON',
    });
    await change(REVIEW, 'recordReview', {
      applicationId: carried.id,
      expectedVersion: carried.version,
      kind: 'RECONSIDERATION',
      filedOn: today,
      result: 'PENDING',
    });
    // Received today and withdrawn in writing today: （六）3 其他.
    const withdrawn = await register({ channel: 'IN_PERSON', arrivedOn: today });
    await change(WITHDRAW, 'recordWithdrawal', {
      applicationId: withdrawn.id,
      expectedVersion: withdrawn.version,
      note: '申请人来信撤回',
    });
    // Registered post signed for today: pending.
    await register({
      channel: 'LETTER',
      letterKind: 'REGISTERED',
      arrivedOn: today,
      signedForOn: today,
    });
  });
  afterAll(async () => stack?.stop());

  const total = (rows: Rows, key: string) => rows.find((r) => r.key === key)?.values[6];

  it('counts the quarter: carried in, received by channel, concluded in their rows, pending', async () => {
    const { quarterlyStatistics: q } = await officer.data<{
      quarterlyStatistics: {
        current: { rows: Rows };
        replies: { onTime: number; late: number };
        channels: { channel: string; received: number }[];
      };
    }>(QUARTER, { agencyId: agency.id, year, quarter });
    const rows = q.current.rows;
    expect(total(rows, 'CARRIED_IN')).toBe(1);
    expect(total(rows, 'RECEIVED')).toBe(2);
    expect(total(rows, 'GRANTED')).toBe(1);
    expect(total(rows, 'OTHER')).toBe(1);
    expect(total(rows, 'CONCLUDED_TOTAL')).toBe(2);
    expect(total(rows, 'CARRIED_OUT')).toBe(1);
    // Served months after its 20-working-day limit.
    expect(q.replies).toEqual({ onTime: 0, late: 1 });
    expect(q.channels.filter((c) => c.received > 0)).toEqual([
      { channel: 'IN_PERSON', received: 1 },
      { channel: 'LETTER', received: 1 },
    ]);
  });

  it('carries last year out into this year, and counts the review in table 四', async () => {
    type Annual = {
      annualReport: {
        state: string;
        tableThree: { rows: Rows };
        tableFour: { groups: { kind: string; values: number[] }[] };
      };
    };
    const last = await officer.data<Annual>(ANNUAL, { agencyId: agency.id, year: year - 1 });
    expect(last.annualReport.state).toBe('LIVE');
    expect(total(last.annualReport.tableThree.rows, 'RECEIVED')).toBe(1);
    expect(total(last.annualReport.tableThree.rows, 'CARRIED_OUT')).toBe(1);
    const current = await officer.data<Annual>(ANNUAL, { agencyId: agency.id, year });
    expect(total(current.annualReport.tableThree.rows, 'CARRIED_IN')).toBe(1);
    expect(current.annualReport.tableFour.groups[0]).toEqual({
      kind: 'RECONSIDERATION',
      values: [0, 0, 0, 1, 1],
    });
  });
});
