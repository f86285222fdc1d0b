import { randomUUID } from 'node:crypto';
import {
  type AgencyRow,
  type CapturedMail,
  createAgency,
  createUser,
  type GraphqlClient,
  startTestStack,
  TcpGate,
  TEST_REDIS_URL,
  type TestStack,
} from '@gongkai/testing';

// Issue 5, parts 1 and 2: every notice leaves through the outbox; the worker relays it and the
// applicant gets the mail once, also across a Redis outage.

const SUBMIT = `mutation ($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { trackingNumber queryCode }
}`;
const REGISTER = `mutation ($input: RegisterApplicationInput!) {
  registerApplication(input: $input) { application { id trackingNumber version } }
}`;
const CONFIRM = `mutation ($input: ConfirmReceiptInput!) {
  confirmReceipt(input: $input) { application { receivedOn replyDueOn } }
}`;
const TRACK = `query ($trackingNumber: String!, $queryCode: String!) {
  trackApplication(trackingNumber: $trackingNumber, queryCode: $queryCode) { trackingNumber status }
}`;
const TIMELINE = `query ($id: ID!) { application(id: $id) { timeline { type label } } }`;

function person(email: string | null) {
  return {
    kind: 'NATURAL_PERSON',
    name: '李四',
    idType: 'RESIDENT_ID',
    // GB 11643's own example; its check character is X.
    idNumber: '11010519491231002X',
    phone: '13800138000',
    email,
  };
}
function request(obtainingMethod = 'EMAIL') {
  return { description: '本区2025年道路养护合同', requestedForm: 'EMAIL', obtainingMethod };
}

/** The query code as printed in the mail's details table (text part). */
function queryCodeIn(mail: CapturedMail): string | undefined {
  return /查询码[：:\s]*([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec(mail.text)?.[1];
}

describe('notices: outbox relay and applicant mail', () => {
  let stack: TestStack;
  let gate: TcpGate;
  let agency: AgencyRow;
  let officer: GraphqlClient;

  const submit = async (email: string) => {
    const result = await stack.client.request<{
      submitApplication: { trackingNumber: string; queryCode: string };
    }>(SUBMIT, {
      input: {
        agencyCode: agency.code,
        idempotencyKey: randomUUID(),
        applicant: person(email),
        request: request(),
      },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.submitApplication;
  };
  const idOf = async (trackingNumber: string): Promise<string> =>
    (
      await stack.db.pool.query('select id from application where tracking_number = $1', [
        trackingNumber,
      ])
    ).rows[0].id;
  const mailsTo = (address: string) => stack.smtp.messages.filter((m) => m.to.includes(address));
  const waitUntil = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    const redis = new URL(TEST_REDIS_URL);
    gate = await TcpGate.start({ host: redis.hostname, port: Number(redis.port || 6379) });
    stack = await startTestStack({ env: { REDIS_URL: `redis://127.0.0.1:${gate.port}` } });
    agency = await createAgency(stack.db.pool, { name: '长沙市通知测试局' });
    const user = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
    officer = await stack.client.login(user.email, user.password);
  });

  afterAll(async () => {
    await stack?.stop();
    await gate?.stop();
  });

  it('acknowledges an online filing with the tracking number and a query code that works, stored nowhere', async () => {
    const filed = await submit('ack@test.gongkai.cn');
    const mail = await stack.smtp.waitFor((m) => m.to.includes('ack@test.gongkai.cn'));
    expect(mail.subject).toBe(`【政府信息公开】申请已提交（登记号：${filed.trackingNumber}）`);
    expect(mail.text).toContain('长沙市通知测试局');
    expect(mail.text).toContain('李四');
    const code = queryCodeIn(mail);
    expect(code).toBe(filed.queryCode);
    const tracked = await stack.client.data<{ trackApplication: { status: string } }>(TRACK, {
      trackingNumber: filed.trackingNumber,
      queryCode: code,
    });
    expect(tracked.trackApplication.status).toBe('PENDING_CONFIRMATION');

    const id = await idOf(filed.trackingNumber);
    const { rows } = await stack.db.pool.query(
      `select e.data::text as data, e.status from email_message e
       where e.template = 'acknowledgment' and e.data->>'applicationId' = $1`,
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].data).not.toContain(filed.queryCode);
    expect(rows[0].data).not.toContain(filed.queryCode.replaceAll('-', ''));
    const outbox = await stack.db.pool.query(
      `select relayed_at from outbox_message where payload->>'applicationId' = $1`,
      [id],
    );
    expect(outbox.rows[0].relayed_at).toBeInstanceOf(Date);
  });

  it('tells the applicant the legal receipt date and the reply due date on confirmation', async () => {
    const filed = await submit('confirmed@test.gongkai.cn');
    const id = await idOf(filed.trackingNumber);
    const confirmed = await officer.data<{
      confirmReceipt: { application: { receivedOn: string; replyDueOn: string } };
    }>(CONFIRM, { input: { applicationId: id, expectedVersion: 1 } });
    const { receivedOn, replyDueOn } = confirmed.confirmReceipt.application;
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('confirmed@test.gongkai.cn') && m.subject.includes('已确认收到申请'),
    );
    const written = (date: string) =>
      `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
    expect(mail.subject).toBe(`【政府信息公开】已确认收到申请（登记号：${filed.trackingNumber}）`);
    expect(mail.text).toContain(`收到申请之日为${written(receivedOn)}`);
    expect(mail.text).toContain(`最迟于${written(replyDueOn)}`);
  });

  it('sends no mail to an applicant without an address, and the timeline says so once', async () => {
    const result = await officer.data<{
      registerApplication: { application: { id: string; trackingNumber: string } };
    }>(REGISTER, {
      input: {
        channel: 'IN_PERSON',
        applicant: { ...person(null), postalAddress: '长沙市岳麓区测试路1号' },
        request: { ...request('POST') },
      },
    });
    const { id } = result.registerApplication.application;
    await waitUntil(async () => {
      const r = await stack.db.pool.query(
        `select relayed_at from outbox_message where payload->>'applicationId' = $1`,
        [id],
      );
      return r.rows[0]?.relayed_at != null;
    });
    await stack.waitForQueuesIdle();
    const timeline = await officer.data<{
      application: { timeline: { type: string; label: string }[] };
    }>(TIMELINE, { id });
    expect(timeline.application.timeline.map((e) => e.type)).toEqual([
      'REGISTERED',
      'NOTICE_NOT_SENT_NO_EMAIL',
    ]);
    const { rows } = await stack.db.pool.query(
      `select count(*)::int as n from email_message where data->>'trackingNumber' = $1`,
      [result.registerApplication.application.trackingNumber],
    );
    expect(rows[0].n).toBe(0);
  });

  it('files while Redis is unreachable; once it is back, every acknowledgment arrives exactly once', async () => {
    gate.close();
    const addresses = Array.from({ length: 12 }, (_, i) => `outage-${i}@test.gongkai.cn`);
    let filed: { trackingNumber: string }[];
    try {
      filed = await Promise.all(addresses.map((address) => submit(address)));
      expect(filed).toHaveLength(addresses.length);
      // Nothing can leave while Redis is away: the rows wait in the outbox.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(addresses.flatMap(mailsTo)).toHaveLength(0);
      const waiting = await stack.db.pool.query(
        `select count(*)::int as n from outbox_message where relayed_at is null`,
      );
      expect(waiting.rows[0].n).toBeGreaterThanOrEqual(addresses.length);
    } finally {
      gate.open();
    }
    await Promise.all(addresses.map((a) => stack.smtp.waitFor((m) => m.to.includes(a), 40_000)));
    await stack.waitForQueuesIdle(30_000);
    for (const address of addresses) expect(mailsTo(address)).toHaveLength(1);
  }, 90_000);
});
