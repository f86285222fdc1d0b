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

  it('sends every notice of the lifecycle to its addressee with the current data', async () => {
    const supervisor = await createUser(stack.db.pool, { roles: ['SUPERVISOR'], agency });
    const registered = await officer.data<{
      registerApplication: { application: { id: string; trackingNumber: string } };
    }>(REGISTER, {
      input: {
        channel: 'IN_PERSON',
        arrivedOn: '2024-09-27',
        applicant: person('lifecycle@test.gongkai.cn'),
        request: request(),
      },
    });
    const { id, trackingNumber } = registered.registerApplication.application;
    const sql = (text: string, params: unknown[] = []) => stack.db.pool.query(text, params);
    const outbox = (topic: string, payload: Record<string, unknown>) =>
      sql(
        `insert into outbox_message (id, topic, payload, created_at, attempts)
         values (gen_random_uuid(), $1, $2, now(), 0)`,
        [topic, payload],
      );
    const officerId = (
      await sql(`select id from app_user where agency_id = $1 and 'OFFICER' = any(roles)`, [
        agency.id,
      ])
    ).rows[0].id;
    // The rows the processing use cases write, then their outbox rows.
    await sql(
      `insert into supplement_request (id, application_id, items, requested_on, due_on, received_on,
         late, received_late, requested_by_id, created_at)
       values (gen_random_uuid(), $1, $2, '2024-10-08', '2024-10-22', '2024-10-15', false, false, $3, now())`,
      [id, JSON.stringify(['请写明文件的发文年份', '请提供身份证明复印件']), officerId],
    );
    await sql(
      `insert into consultation (id, application_id, kind, party_name, email, sent_on, party_received_on,
         answer_due_on, created_at)
       values ('00000000-0000-4000-8000-00000000c001', $1, 'THIRD_PARTY', '某某建设有限公司',
         'party@test.gongkai.cn', '2024-10-16', '2024-10-16', '2024-11-06', now())`,
      [id],
    );
    await sql(
      `insert into fee_notice (id, application_id, method, assessed_fen, amount_fen, breakdown,
         issued_on, received_on, payment_due_on, late, paid_late, created_at)
       values (gen_random_uuid(), $1, 'BY_VOLUME', 3000, 3000, $2, '2024-10-17', '2024-10-17',
         '2024-11-14', false, false, now())`,
      [id, JSON.stringify([{ from: 31, to: 100, unitFen: 10, quantity: 300, subtotalFen: 3000 }])],
    );
    await sql(
      `update application set reply_due_on = '2024-11-12', extension_status = 'APPROVED',
         extension_reason = '需要调取多个部门的档案', outcome = 'GRANTED', replied_on = '2024-11-20',
         reply_text = '经查，您申请的道路养护合同予以公开，见附件。', withdrawn_on = '2024-11-21',
         deemed_withdrawn_reason = 'FEE_UNPAID', concluded_on = '2024-11-22'
       where id = $1`,
      [id],
    );
    const snapshot = (
      await sql(
        `insert into statistics_snapshot (id, agency_id, year, quarter, version, data, checksum, published_at)
         values (gen_random_uuid(), $1, 2024, 3, 2, '{}', 'x', now()) returning id`,
        [agency.id],
      )
    ).rows[0].id;
    for (const topic of [
      'mail.supplement-request',
      'mail.supplement-received',
      'mail.extension-notice',
      'mail.fee-notice',
      'mail.reply-issued',
      'mail.deemed-withdrawn',
      'mail.withdrawn',
    ]) {
      await outbox(topic, { applicationId: id });
    }
    await outbox('mail.consultation-request', {
      applicationId: id,
      consultationId: '00000000-0000-4000-8000-00000000c001',
    });
    await outbox('mail.statistics-published', { snapshotId: snapshot });

    const to = (address: string, title: string) =>
      stack.smtp.waitFor((m) => m.to.includes(address) && m.subject.includes(title));
    const applicant = 'lifecycle@test.gongkai.cn';
    const ref = `（登记号：${trackingNumber}）`;

    const supplement = await to(applicant, '请补正政府信息公开申请');
    expect(supplement.subject).toBe(`【政府信息公开】请补正政府信息公开申请${ref}`);
    expect(supplement.text).toContain('请写明文件的发文年份');
    expect(supplement.text).toContain('请提供身份证明复印件');
    expect(supplement.text).toContain('2024年10月22日');

    const received = await to(applicant, '已收到补正材料');
    expect(received.text).toContain('2024年10月15日');
    expect(received.text).toContain('2024年11月12日');

    const consultation = await to('party@test.gongkai.cn', '征求意见书');
    expect(consultation.subject).toBe(`【政府信息公开】长沙市通知测试局征求意见书${ref}`);
    expect(consultation.text).toContain('某某建设有限公司');
    expect(consultation.text).toContain('2024年11月6日');
    expect(consultation.text).not.toContain('李四');

    const extension = await to(applicant, '延期答复告知');
    expect(extension.text).toContain('需要调取多个部门的档案');
    expect(extension.text).toContain('2024年11月12日');

    const fee = await to(applicant, '信息处理费收费通知');
    expect(fee.text).toContain('30.00');
    expect(fee.text).toContain('2024年11月14日');

    const reply = await to(applicant, '政府信息公开申请答复');
    expect(reply.subject).toBe(`【政府信息公开】政府信息公开申请答复：予以公开${ref}`);
    expect(reply.text).toContain('经查，您申请的道路养护合同予以公开');

    const deemed = await to(applicant, '申请视为放弃');
    expect(deemed.text).toContain('2024年11月14日');
    expect(deemed.text).toContain('2024年11月22日');

    const withdrawn = await to(applicant, '申请已撤回');
    expect(withdrawn.text).toContain('2024年11月21日');

    const published = await to(supervisor.email, '统计已更正发布（第2版）');
    expect(published.subject).toContain('长沙市通知测试局');

    await stack.waitForQueuesIdle();
    expect(mailsTo(applicant)).toHaveLength(8); // the receipt notice of the filing, and 7 more
    expect(mailsTo('party@test.gongkai.cn')).toHaveLength(1);
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

  it('shows the queues in Bull Board at /admin/queues to administrators only', async () => {
    const tokenOf = async (roles: string[]) => {
      const user = await createUser(stack.db.pool, { roles, agency });
      const { login } = await stack.client.data<{ login: { accessToken: string } }>(
        'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email: user.email, password: user.password } },
      );
      return login.accessToken;
    };
    const get = (path: string, token?: string) =>
      fetch(`${stack.apiUrl}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await get('/admin/queues')).status).toBe(401);
    expect((await get('/admin/queues/api/queues')).status).toBe(401);
    expect((await get('/admin/queues', 'not-a-token')).status).toBe(401);
    const officerToken = await tokenOf(['OFFICER']);
    expect((await get('/admin/queues/api/queues', officerToken)).status).toBe(403);
    const adminToken = await tokenOf(['ADMIN']);
    const page = await get('/admin/queues', adminToken);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const api = await get('/admin/queues/api/queues', adminToken);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(
      expect.arrayContaining(['mail', 'notices', 'reminders']),
    );
  });

  it('exports queue depth, failed jobs, overdue applications and the unrelayed outbox to Prometheus', async () => {
    // Received in 2024: its reply was due on 30 October 2024, long past.
    await officer.data(REGISTER, {
      input: {
        channel: 'IN_PERSON',
        arrivedOn: '2024-09-27',
        applicant: person('overdue@test.gongkai.cn'),
        request: request(),
      },
    });
    const expected = await stack.db.pool.query(
      `select count(*)::int as n from application
       where status in ('IN_PROGRESS', 'AWAITING_CONSULTATION', 'AWAITING_FEE', 'REPLIED')
         and reply_due_on < (now() at time zone 'Asia/Shanghai')::date`,
    );
    expect(expected.rows[0].n).toBeGreaterThanOrEqual(1);
    const metrics = await (await fetch(`${stack.apiUrl}/metrics`)).text();
    const value = (line: string) =>
      Number(new RegExp(`^${line.replace(/[{}"]/g, '\\$&')} (\\d+)$`, 'm').exec(metrics)?.[1]);
    expect(value('gongkai_applications_overdue')).toBe(expected.rows[0].n);
    for (const queue of ['mail', 'notices', 'reminders']) {
      expect(value(`gongkai_queue_depth{queue="${queue}"}`)).toBeGreaterThanOrEqual(0);
      expect(value(`gongkai_queue_failed_jobs{queue="${queue}"}`)).toBe(0);
    }
    expect(value('gongkai_outbox_unrelayed')).toBeGreaterThanOrEqual(0);
  });

  it('the lifecycle use cases notify through the outbox: a supplement request and a withdrawal arrive', async () => {
    await stack.setNow('2024-09-27');
    try {
      const registered = await officer.data<{
        registerApplication: {
          queryCode: string;
          application: { id: string; trackingNumber: string; version: number };
        };
      }>(
        `mutation ($input: RegisterApplicationInput!) {
          registerApplication(input: $input) { queryCode application { id trackingNumber version } }
        }`,
        {
          input: {
            channel: 'IN_PERSON',
            applicant: person('usecases@test.gongkai.cn'),
            request: request(),
          },
        },
      );
      const { queryCode, application } = registered.registerApplication;
      await officer.data(
        `mutation ($input: RequestSupplementInput!) {
          requestSupplement(input: $input) { application { status } }
        }`,
        {
          input: {
            applicationId: application.id,
            expectedVersion: application.version,
            dueOn: '2024-10-15',
            items: ['请明确所需合同的签订年份'],
          },
        },
      );
      const supplement = await stack.smtp.waitFor(
        (m) => m.to.includes('usecases@test.gongkai.cn') && m.subject.includes('请补正'),
      );
      expect(supplement.text).toContain('请明确所需合同的签订年份');
      expect(supplement.text).toContain('2024年10月15日');

      await stack.client.data(
        `mutation ($input: WithdrawApplicationInput!) {
          withdrawApplication(input: $input) { withdrawnOn }
        }`,
        { input: { trackingNumber: application.trackingNumber, queryCode } },
      );
      const withdrawn = await stack.smtp.waitFor(
        (m) => m.to.includes('usecases@test.gongkai.cn') && m.subject.includes('申请已撤回'),
      );
      expect(withdrawn.text).toContain('2024年9月27日');
    } finally {
      await stack.setNow(null);
    }
  });
});
