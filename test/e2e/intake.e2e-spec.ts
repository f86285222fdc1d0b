import { randomUUID } from 'node:crypto';
import {
  type AgencyRow,
  createAgency,
  createUser,
  type GraphqlClient,
  errorCode,
  startTestStack,
  type TestStack,
} from '@gongkai/testing';

// Issue 4, part 1: filing (online and by an officer), receipt confirmation, tracking and the
// deadline calculator, over HTTP against the built api. No worker: the outbox rows stay as the
// api wrote them (their delivery is tested in notices.e2e-spec.ts).

const SUBMIT = `mutation ($input: SubmitApplicationInput!) {
  submitApplication(input: $input) {
    trackingNumber queryCode status submittedOn agencyName
    receipt { status receivedOn article explanation }
  }
}`;

const APPLICATION_FIELDS = `id trackingNumber status channel letterKind arrivedOn signedForOn
  confirmedOn receivedOn receiptExplanation replyDueOn supplementNoticeDueOn provisional version
  agency { code }
  applicant { kind name idType idNumberMasked organisationName creditCode phone email }
  timeline { type label actorKind actorUserId }`;

const REGISTER = `mutation ($input: RegisterApplicationInput!) {
  registerApplication(input: $input) {
    queryCode
    receipt { status receivedOn article explanation }
    application { ${APPLICATION_FIELDS} }
  }
}`;

const CONFIRM = `mutation ($input: ConfirmReceiptInput!) {
  confirmReceipt(input: $input) {
    receipt { status receivedOn article explanation }
    application { ${APPLICATION_FIELDS} }
  }
}`;

const GET = `query ($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;

const TRACK = `query ($trackingNumber: String!, $queryCode: String!) {
  trackApplication(trackingNumber: $trackingNumber, queryCode: $queryCode) {
    trackingNumber agencyName status statusLabel receivedOn replyDueOn provisional
    timeline { type label occurredAt }
  }
}`;

const DEADLINES = `query ($receivedOn: LocalDate!) {
  deadlineCalculator(receivedOn: $receivedOn) {
    receivedOn supplementNoticeDueOn replyDueOn extendedReplyDueOn provisional
    explanation { date kind ordinal holidayName provisional }
  }
}`;

/** GB 11643's own example; its check character is X. */
const ID_NUMBER = '11010519491231002X';
const CREDIT_CODE = '91350100M000100Y43';

interface SubmitPayload {
  trackingNumber: string;
  queryCode: string;
  status: string;
  submittedOn: string;
  agencyName: string;
  receipt: { status: string; receivedOn: string | null; article: string; explanation: string };
}

interface ApplicationView {
  id: string;
  trackingNumber: string;
  status: string;
  channel: string;
  letterKind: string | null;
  arrivedOn: string;
  signedForOn: string | null;
  confirmedOn: string | null;
  receivedOn: string | null;
  receiptExplanation: string;
  replyDueOn: string | null;
  supplementNoticeDueOn: string | null;
  provisional: boolean;
  version: number;
  agency: { code: string };
  applicant: Record<string, string | null>;
  timeline: { type: string; label: string; actorKind: string; actorUserId: string | null }[];
}

interface RegisterPayload {
  queryCode: string;
  receipt: SubmitPayload['receipt'];
  application: ApplicationView;
}

function person(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'NATURAL_PERSON',
    name: '张三',
    idType: 'RESIDENT_ID',
    idNumber: ID_NUMBER,
    phone: '13800138000',
    email: 'zhangsan@test.gongkai.cn',
    ...overrides,
  };
}

function request(overrides: Record<string, unknown> = {}) {
  return {
    description: '2024 年度本区老旧小区改造项目的资金使用情况',
    documentNumbers: '某府发〔2024〕1号',
    requestedForm: 'EMAIL',
    obtainingMethod: 'EMAIL',
    ...overrides,
  };
}

function todayInShanghai(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

describe('intake: filing, receipt, tracking and the deadline calculator', () => {
  let stack: TestStack;
  let agency: AgencyRow;
  let officer: GraphqlClient;
  let officerId: string;

  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await stack.db.pool.query(`select count(*)::int as n from ${table} where ${where}`, params))
      .rows[0].n as number;
  /** Rows of every table a filing writes: nothing may change when a filing is refused. */
  const footprint = async () => ({
    applications: await count('application'),
    events: await count('application_event'),
    outbox: await count('outbox_message'),
    counters: (await stack.db.pool.query('select * from tracking_number_counter order by 1, 2'))
      .rows,
  });

  /**
   * Holds a row lock while `start`'s requests run, until both wait on it, then lets them go: a
   * race made certain instead of left to timing.
   */
  const whileRowLocked = async <T>(
    lockSql: string,
    params: unknown[],
    start: () => Promise<T>[],
  ): Promise<T[]> => {
    const blocker = await stack.db.pool.connect();
    try {
      await blocker.query('begin');
      await blocker.query(lockSql, params);
      const running = start();
      const deadline = Date.now() + 10_000;
      const waiting = () =>
        count('pg_stat_activity', `wait_event_type = 'Lock' and datname = current_database()`);
      while ((await waiting()) < running.length) {
        if (Date.now() > deadline) throw new Error('the requests never met at the lock');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await blocker.query('commit');
      return await Promise.all(running);
    } finally {
      blocker.release();
    }
  };

  const submit = (input: Record<string, unknown>) =>
    stack.client.request<{ submitApplication: SubmitPayload }>(SUBMIT, { input });
  const submitOk = async (input: Record<string, unknown>) => {
    const result = await submit(input);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.submitApplication;
  };
  const register = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.request<{ registerApplication: RegisterPayload }>(REGISTER, {
      input: { applicant: person(), request: request(), ...input },
    });
  const registerOk = async (input: Record<string, unknown>, client = officer) => {
    const result = await register(client, input);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.registerApplication;
  };
  const confirm = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.request<{
      confirmReceipt: { receipt: SubmitPayload['receipt']; application: ApplicationView };
    }>(CONFIRM, { input });

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    agency = await createAgency(stack.db.pool, { name: '长沙市测试局' });
    const user = await createUser(stack.db.pool, { roles: ['OFFICER'], agency });
    officerId = user.id;
    officer = await stack.client.login(user.email, user.password);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  describe('submitApplication (public, online)', () => {
    it('files an application: tracking number, query code once, PENDING_CONFIRMATION, event and outbox rows', async () => {
      const own = await createAgency(stack.db.pool);
      const first = await submitOk({
        agencyCode: own.code,
        idempotencyKey: randomUUID(),
        applicant: person(),
        request: request(),
      });
      const year = todayInShanghai().slice(0, 4);
      expect(first.trackingNumber).toBe(`${own.code}-${year}-000001`);
      expect(first.queryCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(first).toMatchObject({
        status: 'PENDING_CONFIRMATION',
        submittedOn: todayInShanghai(),
        agencyName: own.name,
        receipt: { status: 'AWAITING_CONFIRMATION', receivedOn: null, article: '31(3)' },
      });
      expect(first.receipt.explanation).toContain('双方确认');

      const { rows } = await stack.db.pool.query(
        `select id, status, channel, received_on, reply_due_on, version, query_code_hash,
                id_number_ciphertext, id_number_hash, id_type
         from application where tracking_number = $1`,
        [first.trackingNumber],
      );
      expect(rows).toHaveLength(1);
      const row = rows[0];
      expect(row).toMatchObject({
        status: 'PENDING_CONFIRMATION',
        channel: 'ONLINE',
        received_on: null,
        reply_due_on: null,
        version: 1,
        id_type: 'RESIDENT_ID',
      });
      // Personal data at rest: ciphertext and a keyed hash, never the number; the code only hashed.
      expect(row.id_number_ciphertext).toMatch(/^v1\./);
      expect(row.id_number_ciphertext).not.toContain(ID_NUMBER);
      expect(row.id_number_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.query_code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(first.queryCode.replaceAll('-', ''));

      const events = await stack.db.pool.query(
        'select type, actor_kind, actor_user_id, data from application_event where application_id = $1',
        [row.id],
      );
      expect(events.rows).toEqual([
        expect.objectContaining({
          type: 'SUBMITTED',
          actor_kind: 'APPLICANT',
          actor_user_id: null,
        }),
      ]);
      const eventData = JSON.stringify(events.rows[0].data);
      for (const personal of [ID_NUMBER, '张三', '13800138000', 'zhangsan@']) {
        expect(eventData).not.toContain(personal);
      }
      const outbox = await stack.db.pool.query(
        `select topic, payload, relayed_at, attempts from outbox_message where payload->>'applicationId' = $1`,
        [row.id],
      );
      expect(outbox.rows).toEqual([
        {
          topic: 'mail.acknowledgment',
          payload: { applicationId: row.id },
          relayed_at: null,
          attempts: 0,
        },
      ]);

      // The same person filing again: the next number, and the same keyed hash (repeat matching).
      const second = await submitOk({
        agencyCode: own.code,
        idempotencyKey: randomUUID(),
        applicant: person({ idNumber: ID_NUMBER.toLowerCase() }),
        request: request({ description: '另一项申请' }),
      });
      expect(second.trackingNumber).toBe(`${own.code}-${year}-000002`);
      expect(second.queryCode).not.toBe(first.queryCode);
      const hashes = await stack.db.pool.query(
        'select distinct id_number_hash from application where agency_id = $1',
        [own.id],
      );
      expect(hashes.rows).toHaveLength(1);
    });

    it('is idempotent: the same key twice gives the same result and one application, also when raced', async () => {
      const own = await createAgency(stack.db.pool);
      const input = {
        agencyCode: own.code,
        idempotencyKey: randomUUID(),
        applicant: person(),
        request: request(),
      };
      const first = await submitOk(input);
      const again = await submitOk(input);
      expect(again).toEqual(first);
      expect(await count('application', 'agency_id = $1', [own.id])).toBe(1);

      // The same key with other content is refused, not silently answered with the first filing.
      const reused = await submit({ ...input, request: request({ description: '别的内容' }) });
      expect(errorCode(reused)).toBe('APPLICATION.IDEMPOTENCY_KEY_REUSED');

      // Two identical requests at the same moment. Both find no earlier filing, then queue on the
      // agency's counter row (held here); the second to insert hits the unique key and answers
      // with the first one's result.
      const raced = { ...input, idempotencyKey: randomUUID() };
      const [a, b] = await whileRowLocked(
        'select 1 from tracking_number_counter where agency_id = $1 for update',
        [own.id],
        () => [submit(raced), submit(raced)],
      );
      expect(a?.errors).toBeUndefined();
      expect(a?.data).toEqual(b?.data);
      expect(await count('application', 'agency_id = $1', [own.id])).toBe(2);
      expect(
        await count(
          'outbox_message',
          `payload->>'applicationId' in (select id::text from application where agency_id = $1)`,
          [own.id],
        ),
      ).toBe(2);

      // No number was lost to the race: the counter is gapless.
      const next = await submitOk({ ...input, idempotencyKey: randomUUID() });
      expect(next.trackingNumber.endsWith('-000003')).toBe(true);
    });

    it('takes a seventh digit past 999 999 rather than cutting the number', async () => {
      const own = await createAgency(stack.db.pool);
      const year = Number(todayInShanghai().slice(0, 4));
      await stack.db.pool.query(
        'insert into tracking_number_counter (agency_id, year, last_value) values ($1, $2, 999999)',
        [own.id, year],
      );
      const filed = await submitOk({
        agencyCode: own.code,
        idempotencyKey: randomUUID(),
        applicant: person(),
        request: request(),
      });
      expect(filed.trackingNumber).toBe(`${own.code}-${year}-1000000`);
    });

    it('uses an agency read by its code for a minute, then what the database says (renamed, new code)', async () => {
      const own = await createAgency(stack.db.pool, { name: '长沙市旧名局' });
      const file = (agencyCode: string) =>
        submit({
          agencyCode,
          idempotencyKey: randomUUID(),
          applicant: person(),
          request: request(),
        });
      try {
        const first = await submitOk({
          agencyCode: own.code,
          idempotencyKey: randomUUID(),
          applicant: person(),
          request: request(),
        });
        expect(first.agencyName).toBe('长沙市旧名局');
        // An operator renames the agency and gives it a new code, in the database.
        const newCode = `${own.code}-N`;
        await stack.db.pool.query('update agency set name = $1, code = $2 where id = $3', [
          '长沙市新名局',
          newCode,
          own.id,
        ]);
        // Within the minute this api process still answers from the agency it read.
        const stale = await file(own.code);
        expect(stale.data?.submitApplication.agencyName).toBe('长沙市旧名局');
        // A code never read is looked up at once.
        const renamed = await file(newCode);
        expect(renamed.data?.submitApplication).toMatchObject({ agencyName: '长沙市新名局' });
        expect(renamed.data?.submitApplication.trackingNumber).toMatch(
          new RegExp(`^${newCode}-\\d{4}-000003$`),
        );
        // A minute later the old code is unknown.
        await stack.setNow(new Date(Date.now() + 61_000));
        expect(errorCode(await file(own.code))).toBe('APPLICATION.UNKNOWN_AGENCY');
        expect((await file(newCode)).data?.submitApplication.agencyName).toBe('长沙市新名局');
        // Renamed again, then the clock set back: an entry read "in the future" is read again.
        await stack.db.pool.query('update agency set name = $1 where id = $2', [
          '长沙市三名局',
          own.id,
        ]);
        await stack.setNow(null);
        expect((await file(newCode)).data?.submitApplication.agencyName).toBe('长沙市三名局');
      } finally {
        await stack.setNow(null);
      }
    });

    it('refuses a bad filing with a coded error and writes nothing', async () => {
      const before = await footprint();
      const base = { agencyCode: agency.code, idempotencyKey: randomUUID(), request: request() };

      const badCheckDigit = await submit({
        ...base,
        applicant: person({ idNumber: '110105194912310021' }),
      });
      expect(errorCode(badCheckDigit)).toBe('APPLICATION.INVALID_ID_NUMBER');
      expect(badCheckDigit.errors?.[0]?.extensions).toMatchObject({
        field: 'applicant.idNumber',
        problems: [
          {
            field: 'applicant.idNumber',
            code: 'APPLICATION.INVALID_ID_NUMBER',
            reason: 'CHECK_DIGIT',
          },
        ],
      });
      expect(JSON.stringify(badCheckDigit.errors)).not.toContain('110105194912310021');

      const missing = await submit({ ...base, applicant: person({ idNumber: null }) });
      expect(errorCode(missing)).toBe('APPLICATION.FIELD_REQUIRED');
      expect(missing.errors?.[0]?.extensions?.['field']).toBe('applicant.idNumber');

      const oversize = await submit({
        ...base,
        applicant: person(),
        request: request({ description: '字'.repeat(4001) }),
      });
      expect(errorCode(oversize)).toBe('APPLICATION.FIELD_TOO_LONG');
      expect(oversize.errors?.[0]?.extensions?.['field']).toBe('request.description');

      const unknownAgency = await submit({ ...base, agencyCode: 'NO-SUCH', applicant: person() });
      expect(errorCode(unknownAgency)).toBe('APPLICATION.UNKNOWN_AGENCY');

      const organisation = await submit({
        ...base,
        applicant: {
          kind: 'COMMERCIAL_ENTERPRISE',
          organisationName: '某某有限公司',
          phone: '010-62345678',
        },
      });
      expect(errorCode(organisation)).toBe('APPLICATION.FIELD_REQUIRED');
      expect(organisation.errors?.[0]?.extensions?.['field']).toBe('applicant.creditCode');

      const badCredit = await submit({
        ...base,
        applicant: {
          kind: 'COMMERCIAL_ENTERPRISE',
          organisationName: '某某有限公司',
          creditCode: '91350100M000100Y44',
          phone: '010-62345678',
        },
        request: request({ obtainingMethod: 'POST', requestedForm: 'PAPER' }),
      });
      expect(errorCode(badCredit)).toBe('APPLICATION.INVALID_CREDIT_CODE');
      // Every defect in one answer: the missing postal address too.
      expect(badCredit.errors?.[0]?.extensions?.['problems']).toEqual([
        {
          field: 'applicant.creditCode',
          code: 'APPLICATION.INVALID_CREDIT_CODE',
          reason: 'CHECK_CHARACTER',
        },
        { field: 'applicant.postalAddress', code: 'APPLICATION.FIELD_REQUIRED' },
      ]);

      const badPhone = await submit({ ...base, applicant: person({ phone: '12345' }) });
      expect(errorCode(badPhone)).toBe('APPLICATION.INVALID_PHONE_NUMBER');

      const badKey = await submit({ ...base, idempotencyKey: 'short', applicant: person() });
      expect(errorCode(badKey)).toBe('APPLICATION.INVALID_IDEMPOTENCY_KEY');

      // A required GraphQL field left out never reaches the use case.
      const noDescription = await submit({
        ...base,
        applicant: person(),
        request: { requestedForm: 'EMAIL', obtainingMethod: 'EMAIL' },
      });
      expect(errorCode(noDescription)).toBe('REQUEST.INVALID');

      expect(await footprint()).toEqual(before);
    });
  });

  describe('registerApplication (officer): the legal receipt date of Art. 31', () => {
    it('in person: received the day it is handed in (default today), clock running', async () => {
      const today = todayInShanghai();
      const { application, receipt, queryCode } = await registerOk({ channel: 'IN_PERSON' });
      expect(receipt).toMatchObject({ status: 'RECEIVED', receivedOn: today, article: '31(1)' });
      expect(receipt.explanation).toContain('当面提交');
      expect(queryCode).toMatch(/^[0-9A-Z]{4}-/);
      expect(application).toMatchObject({
        status: 'IN_PROGRESS',
        channel: 'IN_PERSON',
        arrivedOn: today,
        receivedOn: today,
        version: 1,
        agency: { code: agency.code },
      });
      expect(application.replyDueOn! > today).toBe(true);
      expect(application.applicant['idNumberMasked']).toBe('110105********002X');
      expect(application.timeline).toEqual([
        { type: 'REGISTERED', label: '登记申请', actorKind: 'USER', actorUserId: officerId },
      ]);
      expect(
        await count(
          'outbox_message',
          `topic = 'mail.acknowledgment' and payload->>'applicationId' = $1`,
          [application.id],
        ),
      ).toBe(1);
    });

    it('in person on 2024-09-27: due dates from the 2024 calendar, a 2024 tracking number', async () => {
      const { application } = await registerOk({ channel: 'IN_PERSON', arrivedOn: '2024-09-27' });
      expect(application).toMatchObject({
        receivedOn: '2024-09-27',
        supplementNoticeDueOn: '2024-10-12',
        replyDueOn: '2024-10-30',
        provisional: false,
      });
      expect(application.trackingNumber).toMatch(new RegExp(`^${agency.code}-2024-\\d{6}$`));
    });

    it('registered post: received the day it was signed for', async () => {
      const { application, receipt } = await registerOk({
        channel: 'LETTER',
        letterKind: 'REGISTERED',
        signedForOn: '2024-02-06',
      });
      expect(receipt).toMatchObject({
        status: 'RECEIVED',
        receivedOn: '2024-02-06',
        article: '31(2)',
      });
      expect(receipt.explanation).toContain('签收之日');
      expect(application).toMatchObject({
        status: 'IN_PROGRESS',
        arrivedOn: '2024-02-06',
        signedForOn: '2024-02-06',
        receivedOn: '2024-02-06',
        supplementNoticeDueOn: '2024-02-21',
        replyDueOn: '2024-03-11',
      });
    });

    it('ordinary letter: awaits confirmation, or is received on the confirmation day', async () => {
      const pending = await registerOk({
        channel: 'LETTER',
        letterKind: 'ORDINARY',
        arrivedOn: '2024-04-30',
      });
      expect(pending.receipt).toMatchObject({
        status: 'AWAITING_CONFIRMATION',
        receivedOn: null,
        article: '31(2)',
      });
      expect(pending.receipt.explanation).toContain('尚未确认');
      expect(pending.application).toMatchObject({
        status: 'PENDING_CONFIRMATION',
        receivedOn: null,
        replyDueOn: null,
        supplementNoticeDueOn: null,
      });

      const confirmed = await registerOk({
        channel: 'LETTER',
        letterKind: 'ORDINARY',
        arrivedOn: '2024-04-29',
        confirmedOn: '2024-04-30',
      });
      expect(confirmed.receipt).toMatchObject({ status: 'RECEIVED', receivedOn: '2024-04-30' });
      expect(confirmed.receipt.explanation).toContain('当日未能确认');
      expect(confirmed.application).toMatchObject({
        status: 'IN_PROGRESS',
        supplementNoticeDueOn: '2024-05-13',
        replyDueOn: '2024-05-30',
      });
    });

    it('fax: received on the day both sides confirmed', async () => {
      const today = todayInShanghai();
      const { receipt, application } = await registerOk({ channel: 'FAX', confirmedOn: today });
      expect(receipt).toMatchObject({ status: 'RECEIVED', receivedOn: today, article: '31(3)' });
      expect(receipt.explanation).toContain('传真');
      expect(application.status).toBe('IN_PROGRESS');
    });

    it('an organisation files with its name and credit code; no ID number needed', async () => {
      const { application } = await registerOk({
        channel: 'IN_PERSON',
        applicant: {
          kind: 'LEGAL_SERVICE_ORGANIZATION',
          organisationName: '某某律师事务所',
          creditCode: CREDIT_CODE.toLowerCase(),
          contactPerson: '李四',
          phone: '(0731) 8888 6666',
          postalAddress: '长沙市某区某路 1 号',
        },
        request: request({ requestedForm: 'PAPER', obtainingMethod: 'POST' }),
      });
      expect(application.applicant).toEqual({
        kind: 'LEGAL_SERVICE_ORGANIZATION',
        name: null,
        idType: null,
        idNumberMasked: null,
        organisationName: '某某律师事务所',
        creditCode: CREDIT_CODE,
        phone: '0731-88886666',
        email: null,
      });
    });

    it('refuses missing, misplaced or future receipt evidence and writes nothing', async () => {
      const before = await footprint();
      expect(errorCode(await register(officer, { channel: 'LETTER' }))).toBe(
        'APPLICATION.RECEIPT_EVIDENCE_MISSING',
      );
      expect(
        errorCode(await register(officer, { channel: 'LETTER', letterKind: 'REGISTERED' })),
      ).toBe('APPLICATION.RECEIPT_EVIDENCE_MISSING');
      expect(
        errorCode(await register(officer, { channel: 'IN_PERSON', signedForOn: '2024-02-06' })),
      ).toBe('APPLICATION.FIELD_NOT_ALLOWED');
      expect(
        errorCode(await register(officer, { channel: 'IN_PERSON', arrivedOn: '2999-01-01' })),
      ).toBe('APPLICATION.RECEIPT_DATE_IN_FUTURE');
      expect(
        errorCode(
          await register(officer, {
            channel: 'LETTER',
            letterKind: 'ORDINARY',
            arrivedOn: '2024-05-02',
            confirmedOn: '2024-04-30',
          }),
        ),
      ).toBe('APPLICATION.RECEIPT_EVIDENCE_INCONSISTENT');
      // Not a date: refused by the LocalDate scalar.
      expect(
        errorCode(await register(officer, { channel: 'IN_PERSON', arrivedOn: '2024-02-30' })),
      ).toBe('REQUEST.INVALID');
      expect(await footprint()).toEqual(before);
    });
  });

  describe('confirmReceipt (officer): the clock starts on the confirmation day', () => {
    it('confirms an ordinary letter: 2024 vectors, IN_PROGRESS, event and outbox row; a stale version conflicts', async () => {
      const { application } = await registerOk({
        channel: 'LETTER',
        letterKind: 'ORDINARY',
        arrivedOn: '2024-09-27',
      });
      const result = await confirm(officer, {
        applicationId: application.id,
        confirmedOn: '2024-09-27',
        expectedVersion: application.version,
      });
      expect(result.errors).toBeUndefined();
      const confirmed = result.data!.confirmReceipt;
      expect(confirmed.receipt).toMatchObject({
        status: 'RECEIVED',
        receivedOn: '2024-09-27',
        article: '31(2)',
      });
      expect(confirmed.application).toMatchObject({
        status: 'IN_PROGRESS',
        confirmedOn: '2024-09-27',
        receivedOn: '2024-09-27',
        supplementNoticeDueOn: '2024-10-12',
        replyDueOn: '2024-10-30',
        provisional: false,
        version: application.version + 1,
      });
      expect(confirmed.application.timeline.map((e) => e.type)).toEqual([
        'REGISTERED',
        'RECEIPT_CONFIRMED',
      ]);
      expect(
        await count(
          'outbox_message',
          `topic = 'mail.receipt-confirmed' and payload->>'applicationId' = $1`,
          [application.id],
        ),
      ).toBe(1);
      const { rows } = await stack.db.pool.query(
        'select received_on::text, reply_due_on::text, supplement_notice_due_on::text from application where id = $1',
        [application.id],
      );
      expect(rows[0]).toEqual({
        received_on: '2024-09-27',
        reply_due_on: '2024-10-30',
        supplement_notice_due_on: '2024-10-12',
      });

      // The version the officer saw is out of date: refused before any rule is looked at.
      const stale = await confirm(officer, {
        applicationId: application.id,
        expectedVersion: application.version,
      });
      expect(errorCode(stale)).toBe('APPLICATION.VERSION_CONFLICT');
      // Current version, but already confirmed: the lifecycle refuses.
      const twice = await confirm(officer, {
        applicationId: application.id,
        expectedVersion: confirmed.application.version,
      });
      expect(errorCode(twice)).toBe('APPLICATION.TRANSITION_NOT_ALLOWED');
      expect(await count('application_event', 'application_id = $1', [application.id])).toBe(2);
    });

    it('confirms an online application today by default', async () => {
      const submitted = await submitOk({
        agencyCode: agency.code,
        idempotencyKey: randomUUID(),
        applicant: person(),
        request: request(),
      });
      const { rows } = await stack.db.pool.query(
        'select id from application where tracking_number = $1',
        [submitted.trackingNumber],
      );
      const result = await confirm(officer, { applicationId: rows[0].id, expectedVersion: 1 });
      expect(result.data?.confirmReceipt.application).toMatchObject({
        status: 'IN_PROGRESS',
        receivedOn: todayInShanghai(),
        confirmedOn: todayInShanghai(),
      });
    });

    it('of two concurrent confirmations, one succeeds and the other conflicts', async () => {
      const { application } = await registerOk({ channel: 'FAX', arrivedOn: '2024-09-27' });
      // Both read version 1 and pass the check; the row lock held here makes them meet at the
      // write, where the versioned UPDATE lets only the first one through.
      const results = await whileRowLocked(
        'select 1 from application where id = $1 for update',
        [application.id],
        () =>
          [0, 1].map(() =>
            confirm(officer, {
              applicationId: application.id,
              confirmedOn: '2024-09-27',
              expectedVersion: 1,
            }),
          ),
      );
      const succeeded = results.filter((r) => r.data?.confirmReceipt);
      const conflicted = results.filter((r) => errorCode(r) === 'APPLICATION.VERSION_CONFLICT');
      expect(succeeded).toHaveLength(1);
      expect(conflicted).toHaveLength(1);
      expect(
        await count('application_event', `application_id = $1 and type = 'RECEIPT_CONFIRMED'`, [
          application.id,
        ]),
      ).toBe(1);
      expect(
        await count(
          'outbox_message',
          `topic = 'mail.receipt-confirmed' and payload->>'applicationId' = $1`,
          [application.id],
        ),
      ).toBe(1);
    });
  });

  describe('trackApplication (public)', () => {
    it('shows the applicant status, dates and their timeline with the right code; nothing for a wrong one', async () => {
      const submitted = await submitOk({
        agencyCode: agency.code,
        idempotencyKey: randomUUID(),
        applicant: person(),
        request: request(),
      });
      const track = (trackingNumber: string, queryCode: string) =>
        stack.client.request<{ trackApplication: Record<string, unknown> }>(TRACK, {
          trackingNumber,
          queryCode,
        });

      const right = await track(submitted.trackingNumber, submitted.queryCode);
      expect(right.errors).toBeUndefined();
      expect(right.data?.trackApplication).toEqual({
        trackingNumber: submitted.trackingNumber,
        agencyName: agency.name,
        status: 'PENDING_CONFIRMATION',
        statusLabel: '待确认',
        receivedOn: null,
        replyDueOn: null,
        provisional: false,
        timeline: [{ type: 'SUBMITTED', label: '网上提交申请', occurredAt: expect.any(String) }],
      });
      // Typed loosely (lower case, no hyphens) it is the same code.
      const loose = await track(
        submitted.trackingNumber,
        submitted.queryCode.replaceAll('-', '').toLowerCase(),
      );
      expect(loose.errors).toBeUndefined();

      const wrong = await track(submitted.trackingNumber, 'ABCD-EFGH-JKMN-PQRS');
      const unknown = await track(`${agency.code}-2020-999999`, submitted.queryCode);
      expect(errorCode(wrong)).toBe('APPLICATION.NOT_FOUND');
      expect(errorCode(unknown)).toBe('APPLICATION.NOT_FOUND');
      // Indistinguishable: an attacker cannot tell a real tracking number from an invented one.
      expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
      expect(wrong.data).toBeNull();
    });
  });

  describe('deadlineCalculator (public)', () => {
    it.each([
      ['2024-09-27', '2024-10-12', '2024-10-30', '2024-11-27'],
      ['2024-02-06', '2024-02-21', '2024-03-11', '2024-04-09'],
      ['2024-04-30', '2024-05-13', '2024-05-30', '2024-06-28'],
    ])(
      'received %s: 7th %s, 20th %s, 40th %s',
      async (receivedOn, seventh, twentieth, fortieth) => {
        const { deadlineCalculator } = await stack.client.data<{
          deadlineCalculator: {
            supplementNoticeDueOn: string;
            replyDueOn: string;
            extendedReplyDueOn: string;
            provisional: boolean;
            explanation: {
              date: string;
              kind: string;
              ordinal: number | null;
              holidayName: string | null;
            }[];
          };
        }>(DEADLINES, { receivedOn });
        expect(deadlineCalculator).toMatchObject({
          supplementNoticeDueOn: seventh,
          replyDueOn: twentieth,
          extendedReplyDueOn: fortieth,
          provisional: false,
        });
        const counted = deadlineCalculator.explanation.filter((d) => d.ordinal !== null);
        expect(counted).toHaveLength(40);
        expect(counted.find((d) => d.ordinal === 7)?.date).toBe(seventh);
        expect(counted.find((d) => d.ordinal === 20)?.date).toBe(twentieth);
        expect(deadlineCalculator.explanation.at(-1)).toMatchObject({
          date: fortieth,
          ordinal: 40,
        });
      },
    );

    it('explains the National Day holiday and the make-up Saturday', async () => {
      const { deadlineCalculator } = await stack.client.data<{
        deadlineCalculator: {
          explanation: {
            date: string;
            kind: string;
            ordinal: number | null;
            holidayName: string | null;
          }[];
        };
      }>(DEADLINES, { receivedOn: '2024-09-27' });
      const day = (date: string) => deadlineCalculator.explanation.find((d) => d.date === date);
      expect(day('2024-09-28')).toMatchObject({ kind: 'WEEKEND', ordinal: null });
      expect(day('2024-10-01')).toMatchObject({ kind: 'HOLIDAY', ordinal: null });
      expect(day('2024-10-01')?.holidayName).toContain('国庆');
      expect(day('2024-10-12')).toMatchObject({ kind: 'MAKE_UP_WORKING_DAY', ordinal: 7 });
    });

    it('refuses what is not a date', async () => {
      const result = await stack.client.request(DEADLINES, { receivedOn: '2024-13-01' });
      expect(errorCode(result)).toBe('REQUEST.INVALID');
    });
  });

  describe('the timeline is append-only in the database', () => {
    it('refuses UPDATE, DELETE and TRUNCATE of event rows, whoever asks', async () => {
      await registerOk({ channel: 'IN_PERSON' });
      const before = await count('application_event');
      expect(before).toBeGreaterThan(0);
      await expect(
        stack.db.pool.query(`update application_event set data = '{}'::jsonb`),
      ).rejects.toThrow(/append-only: UPDATE is not allowed/);
      await expect(stack.db.pool.query('delete from application_event')).rejects.toThrow(
        /append-only: DELETE is not allowed/,
      );
      await expect(stack.db.pool.query('truncate application_event cascade')).rejects.toThrow(
        /append-only: TRUNCATE is not allowed/,
      );
      expect(await count('application_event')).toBe(before);
    });
  });

  describe('agency scope', () => {
    it('an officer of another agency is refused everywhere; a supervisor sees the agencies below', async () => {
      const { application } = await registerOk({ channel: 'LETTER', letterKind: 'ORDINARY' });
      const other = await createAgency(stack.db.pool);
      const stranger = await createUser(stack.db.pool, { roles: ['OFFICER'], agency: other });
      const asStranger = await stack.client.login(stranger.email, stranger.password);
      const before = await footprint();

      expect(errorCode(await asStranger.request(GET, { id: application.id }))).toBe(
        'AUTH.FORBIDDEN',
      );
      expect(
        errorCode(await confirm(asStranger, { applicationId: application.id, expectedVersion: 1 })),
      ).toBe('AUTH.FORBIDDEN');
      expect(
        errorCode(await register(asStranger, { channel: 'IN_PERSON', agencyId: agency.id })),
      ).toBe('AUTH.FORBIDDEN');
      expect(await footprint()).toEqual(before);

      // Supervisors: their agency and its subtree, not their parent's or a sibling's.
      const parent = await createAgency(stack.db.pool);
      const child = await createAgency(stack.db.pool, { parent });
      const childUser = await createUser(stack.db.pool, { roles: ['OFFICER'], agency: child });
      const childOfficer = await stack.client.login(childUser.email, childUser.password);
      const inChild = await registerOk({ channel: 'IN_PERSON' }, childOfficer);
      const supervisor = await createUser(stack.db.pool, { roles: ['SUPERVISOR'], agency: parent });
      const asSupervisor = await stack.client.login(supervisor.email, supervisor.password);
      const seen = await asSupervisor.request<{ application: ApplicationView }>(GET, {
        id: inChild.application.id,
      });
      expect(seen.data?.application.applicant['idNumberMasked']).toBe('110105********002X');
      expect(errorCode(await asSupervisor.request(GET, { id: application.id }))).toBe(
        'AUTH.FORBIDDEN',
      );

      const childSupervisor = await createUser(stack.db.pool, {
        roles: ['SUPERVISOR'],
        agency: child,
      });
      const asChildSupervisor = await stack.client.login(
        childSupervisor.email,
        childSupervisor.password,
      );
      const inParent = await registerOk(
        { channel: 'IN_PERSON', agencyId: parent.id },
        asSupervisor,
      );
      expect(errorCode(await asChildSupervisor.request(GET, { id: inParent.application.id }))).toBe(
        'AUTH.FORBIDDEN',
      );
    });

    it('denies anonymous callers and other roles; an unknown id is APPLICATION.NOT_FOUND', async () => {
      expect(errorCode(await register(stack.client, { channel: 'IN_PERSON' }))).toBe(
        'AUTH.UNAUTHENTICATED',
      );
      const applicant = await createUser(stack.db.pool, { roles: ['APPLICANT'] });
      const asApplicant = await stack.client.login(applicant.email, applicant.password);
      expect(errorCode(await register(asApplicant, { channel: 'IN_PERSON' }))).toBe(
        'AUTH.FORBIDDEN',
      );
      expect(errorCode(await asApplicant.request(GET, { id: randomUUID() }))).toBe(
        'AUTH.FORBIDDEN',
      );
      expect(errorCode(await officer.request(GET, { id: randomUUID() }))).toBe(
        'APPLICATION.NOT_FOUND',
      );
      expect(errorCode(await officer.request(GET, { id: 'not-a-uuid' }))).toBe(
        'APPLICATION.NOT_FOUND',
      );
    });
  });
});
