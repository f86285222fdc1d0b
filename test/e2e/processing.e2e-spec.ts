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

// Issue 4, processing: every step from assignment to service, withdrawal, deemed withdrawal and
// review, over HTTP against the built api. The api's clock is moved with `stack.setNow` (the
// TEST_CLOCK_FILE), so every date below is the legal "today" of the step, never the wall clock.
// Expected due dates are the 2024 national calendar's (holidays and make-up days included).

const ID_NUMBER = '11010519491231002X';

const VIEW = `id status version replyDueOn supplementNoticeDueOn outcome lateFlags assigneeId
  createdAt updatedAt
  applicant { idNumberMasked idNumber }
  availableActions
  clock {
    state receivedOn baseDate supplementNoticeDueOn replyDueOn extendedReplyDueOn
    effectiveReplyDueOn extended countedWorkingDaysLimit countedWorkingDaysUsed
    countedWorkingDaysRemaining overdue provisional
    explanation { date kind ordinal pausedBy }
  }
  supplementRequest { items requestedOn dueOn receivedOn response late receivedLate }
  consultations { id kind partyName sentOn partyReceivedOn answerDueOn answer objectionReasons answeredOn }
  extension { status reason requestedOn decidedOn decidedById }
  feeNotice { method assessedFen amountFen breakdown { from to unitFen quantity subtotalFen } issuedOn receivedOn paymentDueOn paidOn late paidLate }
  reply { outcome outcomeLabel repliedOn legalBasis reasons accessInstructions referral replyText }
  service { method servedOn postalTrackingNumber }
  conclusion { concludedOn outcome withdrawnOn deemedWithdrawnReason closingNote }
  reviews { id kind filedOn result resultOn }
  timeline { type actorKind }`;

interface View {
  id: string;
  status: string;
  version: number;
  replyDueOn: string | null;
  outcome: string | null;
  lateFlags: string[];
  assigneeId: string | null;
  applicant: { idNumberMasked: string | null; idNumber: string | null };
  availableActions: string[];
  clock: {
    state: string;
    baseDate: string;
    replyDueOn: string;
    extendedReplyDueOn: string;
    effectiveReplyDueOn: string;
    extended: boolean;
    countedWorkingDaysLimit: number;
    countedWorkingDaysUsed: number;
    countedWorkingDaysRemaining: number;
    overdue: boolean;
    explanation: { date: string; kind: string; ordinal: number | null; pausedBy: string[] }[];
  } | null;
  supplementRequest: Record<string, unknown> | null;
  consultations: { id: string; answerDueOn: string | null; answer: string | null }[];
  extension: { status: string; decidedById: string | null };
  feeNotice: Record<string, unknown> | null;
  reply: Record<string, unknown> | null;
  service: Record<string, unknown> | null;
  conclusion: Record<string, unknown> | null;
  reviews: { id: string; result: string }[];
  timeline: { type: string; actorKind: string }[];
}

const MUTATIONS = {
  assignApplication: 'AssignApplicationInput',
  requestSupplement: 'RequestSupplementInput',
  recordSupplement: 'RecordSupplementInput',
  startConsultation: 'StartConsultationInput',
  recordConsultationReply: 'RecordConsultationReplyInput',
  requestExtension: 'RequestExtensionInput',
  decideExtension: 'DecideExtensionInput',
  issueFeeNotice: 'IssueFeeNoticeInput',
  recordFeePayment: 'RecordFeePaymentInput',
  issueReply: 'IssueReplyInput',
  recordService: 'RecordServiceInput',
  recordWithdrawal: 'RecordWithdrawalInput',
  closeAsDeemedWithdrawn: 'CloseAsDeemedWithdrawnInput',
  recordReview: 'RecordReviewInput',
} as const;
type Step = keyof typeof MUTATIONS;

const TRACK = `query ($trackingNumber: String!, $queryCode: String!) {
  trackApplication(trackingNumber: $trackingNumber, queryCode: $queryCode) {
    status replyDueOn extended concludedOn
    supplementRequest { items dueOn receivedOn }
    feeNotice { method amountFen paymentDueOn paidOn }
    reply { outcome replyText legalBasis accessInstructions servedOn serviceMethod }
    timeline { type }
  }
}`;

/** What each outcome's reply must (and may) carry, per the rules' OUTCOME_DEFINITIONS. */
function replyFor(outcome: string): Record<string, string> {
  return {
    outcome,
    legalBasis: '《中华人民共和国政府信息公开条例》相关条款',
    reasons: '经审查，依法作出本决定。',
    replyText: `关于您申请公开的政府信息，答复如下（${outcome}）。`,
    ...(outcome === 'GRANTED' || outcome === 'PARTIALLY_GRANTED'
      ? { accessInstructions: '请于收到本答复后到本机关政务服务大厅领取。' }
      : {}),
    ...(outcome === 'WITHHELD_ADMINISTRATIVE_QUERY'
      ? { referral: '请通过档案查阅途径办理。' }
      : {}),
  };
}

describe('processing: from assignment to service, with the statutory clock at each step', () => {
  let stack: TestStack;
  let agency: AgencyRow;
  let officer: GraphqlClient;
  let officerId: string;
  let colleague: GraphqlClient;
  let supervisor: GraphqlClient;
  let supervisorId: string;
  let colleagueId: string;
  let strangerId: string;
  let stranger: GraphqlClient;

  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (await stack.db.pool.query(`select count(*)::int as n from ${table} where ${where}`, params))
      .rows[0].n as number;
  const footprint = async () => ({
    events: await count('application_event'),
    outbox: await count('outbox_message'),
    supplements: await count('supplement_request'),
    consultations: await count('consultation'),
    fees: await count('fee_notice'),
    reviews: await count('administrative_review'),
    applications: (
      await stack.db.pool.query('select id, version, status from application order by id')
    ).rows,
  });

  const view = async (id: string, client = officer): Promise<View> =>
    (
      await client.data<{ application: View }>(
        `query ($id: ID!) { application(id: $id) { ${VIEW} } }`,
        { id },
      )
    ).application;

  const step = (client: GraphqlClient, name: Step, input: Record<string, unknown>) =>
    client.request<Record<string, { application: View } & Record<string, unknown>>>(
      `mutation ($input: ${MUTATIONS[name]}!) { ${name}(input: $input) {
        application { ${VIEW} }
        ${name === 'startConsultation' ? 'consultationId' : ''}
        ${name === 'recordReview' ? 'reviewId' : ''}
      } }`,
      { input },
    );

  /** Runs a step on the application as last seen (its version), failing the test on errors. */
  const act = async (
    name: Step,
    current: View,
    input: Record<string, unknown> = {},
    client = officer,
  ) => {
    const result = await step(client, name, {
      applicationId: current.id,
      expectedVersion: current.version,
      ...input,
    });
    if (!result.data) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    const payload = result.data[name]!;
    // The payload presents the entity the step changed, the query the row it reads without one:
    // the same application either way.
    expect(await view(current.id, client)).toEqual(payload.application);
    return payload;
  };

  const register = async (input: Record<string, unknown>) => {
    const { registerApplication } = await officer.data<{
      registerApplication: {
        queryCode: string;
        application: { id: string; trackingNumber: string };
      };
    }>(
      `mutation ($input: RegisterApplicationInput!) {
        registerApplication(input: $input) { queryCode application { id trackingNumber } }
      }`,
      {
        input: {
          applicant: {
            kind: 'NATURAL_PERSON',
            name: '李四',
            idType: 'RESIDENT_ID',
            idNumber: ID_NUMBER,
            email: 'lisi@test.gongkai.cn',
          },
          request: {
            description: '本机关 2024 年度政府采购合同',
            requestedForm: 'EMAIL',
            obtainingMethod: 'EMAIL',
          },
          ...input,
        },
      },
    );
    return {
      queryCode: registerApplication.queryCode,
      trackingNumber: registerApplication.application.trackingNumber,
      application: await view(registerApplication.application.id),
    };
  };

  /** Filed online by the applicant (PENDING_CONFIRMATION until the officer confirms). */
  const fileOnline = async (client: GraphqlClient = stack.client) => {
    const { submitApplication } = await client.data<{
      submitApplication: { trackingNumber: string };
    }>(
      `mutation ($input: SubmitApplicationInput!) {
        submitApplication(input: $input) { trackingNumber }
      }`,
      {
        input: {
          agencyCode: agency.code,
          idempotencyKey: randomUUID(),
          applicant: {
            kind: 'COMMERCIAL_ENTERPRISE',
            organisationName: '某某科技有限公司',
            creditCode: '91350100M000100Y43',
            email: 'corp@test.gongkai.cn',
          },
          request: {
            description: '2024 年度本市企业补贴发放名单',
            requestedForm: 'EMAIL',
            obtainingMethod: 'EMAIL',
          },
        },
      },
    );
    const { rows } = await stack.db.pool.query(
      'select id from application where tracking_number = $1',
      [submitApplication.trackingNumber],
    );
    const filed = await view(rows[0].id as string);
    expect(filed).toMatchObject({ status: 'PENDING_CONFIRMATION', clock: null });
    return { ...filed, trackingNumber: submitApplication.trackingNumber };
  };

  const confirm = async (current: View, confirmedOn: string) => {
    await officer.data(
      `mutation ($input: ConfirmReceiptInput!) { confirmReceipt(input: $input) { application { id } } }`,
      { input: { applicationId: current.id, confirmedOn, expectedVersion: current.version } },
    );
    return view(current.id);
  };

  const track = (trackingNumber: string, queryCode: string) =>
    stack.client.data<{ trackApplication: Record<string, unknown> }>(TRACK, {
      trackingNumber,
      queryCode,
    });

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    agency = await createAgency(stack.db.pool, { name: '测试市人民政府办公室' });
    const other = await createAgency(stack.db.pool);
    const [o, c, s, x] = await Promise.all([
      createUser(stack.db.pool, { roles: ['OFFICER'], agency }),
      createUser(stack.db.pool, { roles: ['OFFICER'], agency }),
      createUser(stack.db.pool, { roles: ['SUPERVISOR'], agency }),
      createUser(stack.db.pool, { roles: ['OFFICER'], agency: other }),
    ]);
    officerId = o.id;
    supervisorId = s.id;
    colleagueId = c.id;
    strangerId = x.id;
    [officer, colleague, supervisor, stranger] = await Promise.all(
      [o, c, s, x].map((u) => stack.client.login(u.email, u.password)),
    );
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('granted, in person: assignment, supplement stops and restarts the clock, online supplement, reply, service', async () => {
    await stack.setNow('2024-09-02');
    const { application, trackingNumber, queryCode } = await register({ channel: 'IN_PERSON' });
    expect(application.clock).toMatchObject({
      state: 'RUNNING',
      baseDate: '2024-09-02',
      replyDueOn: '2024-09-30',
      extendedReplyDueOn: '2024-11-01',
      countedWorkingDaysUsed: 0,
      countedWorkingDaysRemaining: 20,
    });
    expect(application.availableActions).toEqual(
      expect.arrayContaining(['ASSIGN', 'REQUEST_SUPPLEMENT', 'ISSUE_REPLY', 'WITHDRAW']),
    );
    expect(application.availableActions).not.toContain('RECORD_SERVICE');
    // Masked for anyone but the assignee and supervisors.
    expect(application.applicant).toEqual({
      idNumberMasked: expect.stringContaining('*'),
      idNumber: null,
    });

    let { application: current } = await act('assignApplication', application, {
      assigneeId: officerId,
    });
    expect(current.assigneeId).toBe(officerId);
    // Who may be given it: the agency's officers and its supervisor, nobody of another agency.
    const { application: offered } = await colleague.data<{
      application: { assigneeCandidates: { id: string }[] };
    }>(`query ($id: ID!) { application(id: $id) { assigneeCandidates { id } } }`, {
      id: current.id,
    });
    const candidateIds = offered.assigneeCandidates.map((u) => u.id);
    expect(candidateIds).toEqual(expect.arrayContaining([officerId, colleagueId, supervisorId]));
    expect(candidateIds).not.toContain(strangerId);
    // Once assigned, ASSIGN is offered to the assignee and the supervisor only.
    expect(current.availableActions).toContain('ASSIGN');
    expect((await view(current.id, supervisor)).availableActions).toContain('ASSIGN');
    expect((await view(current.id, colleague)).availableActions).not.toContain('ASSIGN');
    expect(current.applicant.idNumber).toBe(ID_NUMBER);
    expect((await view(current.id, colleague)).applicant.idNumber).toBeNull();
    expect((await view(current.id, supervisor)).applicant.idNumber).toBe(ID_NUMBER);
    // Only the assignee or a supervisor moves it on.
    expect(
      errorCode(
        await step(colleague, 'assignApplication', {
          applicationId: current.id,
          expectedVersion: current.version,
          assigneeId: officerId,
        }),
      ),
    ).toBe('AUTH.FORBIDDEN');

    await stack.setNow('2024-09-04');
    ({ application: current } = await act('requestSupplement', current, {
      items: ['请写明所需信息的文号或名称', '请补充联系电话'],
      dueOn: '2024-09-20',
    }));
    expect(current.status).toBe('AWAITING_SUPPLEMENT');
    expect(current.supplementRequest).toMatchObject({
      requestedOn: '2024-09-04',
      dueOn: '2024-09-20',
      receivedOn: null,
      late: false,
    });
    // While the supplement is awaited nothing counts: due dates are projected from today.
    expect(current.clock).toMatchObject({ state: 'AWAITING_SUPPLEMENT', replyDueOn: '2024-10-09' });
    // One consolidated notice only.
    expect(
      errorCode(
        await step(officer, 'requestSupplement', {
          applicationId: current.id,
          expectedVersion: current.version,
          items: ['再补一项'],
          dueOn: '2024-09-30',
        }),
      ),
    ).toBe('APPLICATION.SUPPLEMENT_ALREADY_REQUESTED');

    // The applicant sees the notice and supplements online; the period restarts from that day.
    expect((await track(trackingNumber, queryCode)).trackApplication).toMatchObject({
      status: 'AWAITING_SUPPLEMENT',
      supplementRequest: {
        items: ['请写明所需信息的文号或名称', '请补充联系电话'],
        dueOn: '2024-09-20',
      },
    });
    await stack.setNow('2024-09-10');
    const submitted = await stack.client.data<{
      submitSupplement: { trackingNumber: string; replyDueOn: string };
    }>(
      `mutation ($input: SubmitSupplementInput!) { submitSupplement(input: $input) { trackingNumber replyDueOn } }`,
      {
        input: {
          trackingNumber,
          queryCode,
          response: '文号：测府办〔2024〕12号；电话 13800138000',
        },
      },
    );
    expect(submitted.submitSupplement).toEqual({ trackingNumber, replyDueOn: '2024-10-14' });
    current = await view(current.id);
    expect(current.status).toBe('IN_PROGRESS');
    expect(current.clock).toMatchObject({
      state: 'RUNNING',
      baseDate: '2024-09-10',
      replyDueOn: '2024-10-14',
      countedWorkingDaysUsed: 0,
    });
    expect(current.supplementRequest).toMatchObject({
      receivedOn: '2024-09-10',
      receivedLate: false,
    });
    expect(current.timeline.at(-1)).toEqual({
      type: 'SUPPLEMENT_RECORDED',
      actorKind: 'APPLICANT',
    });

    await stack.setNow('2024-09-20');
    ({ application: current } = await act('issueReply', current, replyFor('GRANTED')));
    expect(current).toMatchObject({ status: 'REPLIED', outcome: 'GRANTED', lateFlags: [] });
    expect(current.reply).toMatchObject({
      repliedOn: '2024-09-20',
      outcomeLabel: '（一）予以公开',
    });
    // Replied, not yet served: the deadline is met on service, so the period runs on.
    expect(current.clock).toMatchObject({ state: 'AWAITING_SERVICE', countedWorkingDaysUsed: 7 });
    ({ application: current } = await act('recordService', current, {
      method: 'EMAIL',
      servedOn: '2024-09-20',
    }));
    expect(current).toMatchObject({
      status: 'CLOSED',
      service: { method: 'EMAIL', servedOn: '2024-09-20', postalTrackingNumber: null },
      conclusion: { concludedOn: '2024-09-20', outcome: 'GRANTED' },
      availableActions: ['RECORD_REVIEW'],
    });
    // Concluded: the clock stopped on the day of service, long after the due date too.
    await stack.setNow('2024-11-20');
    expect((await view(current.id)).clock).toMatchObject({
      state: 'STOPPED',
      replyDueOn: '2024-10-14',
      countedWorkingDaysUsed: 7,
      countedWorkingDaysRemaining: 13,
      overdue: false,
    });

    // The applicant's page: the reply text and the notices, nothing internal.
    const page = (await track(trackingNumber, queryCode)).trackApplication;
    expect(page).toMatchObject({
      status: 'CLOSED',
      concludedOn: '2024-09-20',
      reply: {
        outcome: 'GRANTED',
        replyText: replyFor('GRANTED')['replyText'],
        servedOn: '2024-09-20',
        serviceMethod: 'EMAIL',
      },
    });
    expect((page['timeline'] as { type: string }[]).map((e) => e.type)).toEqual([
      'REGISTERED',
      'SUPPLEMENT_REQUESTED',
      'SUPPLEMENT_RECORDED',
      'REPLY_ISSUED',
      'SERVICE_RECORDED',
    ]);
    expect(JSON.stringify(page)).not.toContain(officerId);

    const outbox = await stack.db.pool.query(
      `select topic from outbox_message where payload->>'applicationId' = $1 order by created_at`,
      [current.id],
    );
    expect(outbox.rows.map((r) => r.topic)).toEqual([
      'mail.acknowledgment',
      'mail.supplement-request',
      'mail.supplement-received',
      'mail.reply-issued',
    ]);
  });

  it('partially granted, ordinary letter: a consultation pauses the clock, an approved extension gives 40 days', async () => {
    await stack.setNow('2024-03-04');
    const registered = await register({
      channel: 'LETTER',
      letterKind: 'ORDINARY',
      arrivedOn: '2024-03-01',
    });
    expect(registered.application.status).toBe('PENDING_CONFIRMATION');
    expect(registered.application.clock).toBeNull();
    let current = await confirm(registered.application, '2024-03-04');
    expect(current.clock).toMatchObject({
      replyDueOn: '2024-04-01',
      extendedReplyDueOn: '2024-04-29',
    });

    // Recorded the next day: sent on 03-06, received by the party on 03-07.
    await stack.setNow('2024-03-07');
    const started = await act('startConsultation', current, {
      sentOn: '2024-03-06',
      kind: 'THIRD_PARTY',
      partyName: '某某建设有限公司',
      contact: '王经理 0731-88888888',
      email: 'legal@test.gongkai.cn',
      partyReceivedOn: '2024-03-07',
    });
    current = started.application;
    expect(current.status).toBe('AWAITING_CONSULTATION');
    expect(current.availableActions).not.toContain('ISSUE_REPLY');
    expect(
      errorCode(
        await step(officer, 'issueReply', {
          applicationId: current.id,
          expectedVersion: current.version,
          ...replyFor('GRANTED'),
        }),
      ),
    ).toBe('APPLICATION.CONSULTATION_OPEN');

    await stack.setNow('2024-03-13');
    current = await view(current.id);
    // Paused from 03-07 through today: the due date moves a working day for each paused one.
    expect(current.clock).toMatchObject({
      state: 'PAUSED',
      replyDueOn: '2024-04-09',
      countedWorkingDaysUsed: 2,
    });
    expect(current.consultations).toEqual([
      expect.objectContaining({
        id: started['consultationId'],
        answerDueOn: '2024-03-28',
        answer: null,
      }),
    ]);
    const consultationId = started['consultationId'] as string;
    expect(
      errorCode(
        await step(officer, 'recordConsultationReply', {
          applicationId: current.id,
          expectedVersion: current.version,
          consultationId,
          answer: 'OBJECT',
        }),
      ),
    ).toBe('APPLICATION.OBJECTION_REASONS_REQUIRED');
    ({ application: current } = await act('recordConsultationReply', current, {
      consultationId,
      answer: 'OBJECT',
      objectionReasons: '涉及商业秘密',
    }));
    expect(current).toMatchObject({ status: 'IN_PROGRESS', replyDueOn: '2024-04-09' });
    expect(current.clock!.explanation.find((d) => d.date === '2024-03-08')).toMatchObject({
      kind: 'PAUSED',
      pausedBy: [`consultation:${consultationId}`],
    });

    await stack.setNow('2024-03-14');
    ({ application: current } = await act('requestExtension', current, {
      reason: '需要与第三方进一步沟通',
    }));
    expect(current.extension).toMatchObject({ status: 'REQUESTED' });
    // Supervisors only decide, and only a supervisor is offered the decision.
    expect(current.availableActions).not.toContain('DECIDE_EXTENSION');
    const supervisorView = await supervisor.data<{ application: View }>(
      `query ($id: ID!) { application(id: $id) { ${VIEW} } }`,
      { id: current.id },
    );
    expect(supervisorView.application.availableActions).toContain('DECIDE_EXTENSION');
    expect(
      errorCode(
        await step(officer, 'decideExtension', {
          applicationId: current.id,
          expectedVersion: current.version,
          approved: true,
        }),
      ),
    ).toBe('AUTH.FORBIDDEN');
    ({ application: current } = await act(
      'decideExtension',
      current,
      { approved: true },
      supervisor,
    ));
    expect(current.extension).toMatchObject({ status: 'APPROVED', decidedById: supervisorId });
    expect(current.replyDueOn).toBe('2024-05-09');
    expect(current.clock).toMatchObject({
      extended: true,
      effectiveReplyDueOn: '2024-05-09',
      countedWorkingDaysLimit: 40,
      countedWorkingDaysRemaining: 37,
    });
    // Once.
    expect(current.availableActions).not.toContain('REQUEST_EXTENSION');

    await stack.setNow('2024-04-15');
    ({ application: current } = await act('issueReply', current, replyFor('PARTIALLY_GRANTED')));
    await stack.setNow('2024-04-17');
    ({ application: current } = await act('recordService', current, {
      method: 'POST',
      servedOn: '2024-04-16',
      postalTrackingNumber: 'EMS1234567890CN',
    }));
    expect(current).toMatchObject({
      status: 'CLOSED',
      outcome: 'PARTIALLY_GRANTED',
      lateFlags: [],
      service: { method: 'POST', postalTrackingNumber: 'EMS1234567890CN' },
      conclusion: { concludedOn: '2024-04-16' },
    });
  });

  it('every withheld, unavailable, not-processed and other outcome, through the Art. 31 channels', async () => {
    await stack.setNow('2024-06-03');
    const channels = [
      { channel: 'IN_PERSON' },
      {
        channel: 'LETTER',
        letterKind: 'REGISTERED',
        arrivedOn: '2024-05-31',
        signedForOn: '2024-06-03',
      },
      { channel: 'FAX', confirmedOn: '2024-06-03' },
    ];
    const outcomes = [
      'WITHHELD_STATE_SECRET',
      'WITHHELD_PROHIBITED_BY_LAW',
      'WITHHELD_SECURITY_STABILITY',
      'WITHHELD_THIRD_PARTY_RIGHTS',
      'WITHHELD_INTERNAL_AFFAIRS',
      'WITHHELD_PROCESS_INFORMATION',
      'WITHHELD_ENFORCEMENT_FILE',
      'WITHHELD_ADMINISTRATIVE_QUERY',
      'UNAVAILABLE_NOT_HELD',
      'UNAVAILABLE_NEEDS_CREATION',
      'UNAVAILABLE_STILL_UNCLEAR',
      'NOT_PROCESSED_PETITION',
      'NOT_PROCESSED_REPEATED',
      'NOT_PROCESSED_PUBLICATION',
      'NOT_PROCESSED_EXCESSIVE',
      'NOT_PROCESSED_CONFIRMATION',
      'OTHER',
    ];
    for (const [i, outcome] of outcomes.entries()) {
      await stack.setNow('2024-06-03');
      // Every fourth one is filed online by the applicant and confirmed by the officer (Art. 31(3)).
      let { application: current } =
        i % 4 === 3
          ? { application: await confirm(await fileOnline(), '2024-06-03') }
          : await register(channels[i % 4]!);
      expect(current.clock).toMatchObject({ receivedOn: '2024-06-03', replyDueOn: '2024-07-02' });
      if (outcome === 'UNAVAILABLE_STILL_UNCLEAR') {
        // "Still unclear after supplement" needs the supplement request first (Art. 30).
        expect(
          errorCode(
            await step(officer, 'issueReply', {
              applicationId: current.id,
              expectedVersion: current.version,
              ...replyFor(outcome),
            }),
          ),
        ).toBe('APPLICATION.OUTCOME_NOT_ALLOWED');
        ({ application: current } = await act('requestSupplement', current, {
          items: ['请说明所需信息的内容描述'],
          dueOn: '2024-06-20',
        }));
        await stack.setNow('2024-06-12');
        ({ application: current } = await act('recordSupplement', current, {
          receivedOn: '2024-06-11',
        }));
        expect(current.clock).toMatchObject({ baseDate: '2024-06-11', replyDueOn: '2024-07-09' });
      }
      ({ application: current } = await act('issueReply', current, replyFor(outcome)));
      ({ application: current } = await act('recordService', current, { method: 'IN_PERSON' }));
      expect(current).toMatchObject({ status: 'CLOSED', outcome, lateFlags: [] });
    }
    const { rows } = await stack.db.pool.query(
      `select outcome, count(*)::int as n from application
       where outcome = any($1) and concluded_on is not null group by outcome`,
      [outcomes],
    );
    expect(rows).toHaveLength(outcomes.length);
  });

  it('fees: the notice pauses the clock, payment resumes it; an unpaid fee closes as deemed withdrawn', async () => {
    await stack.setNow('2024-05-06');
    let { application: current } = await register({ channel: 'IN_PERSON' });
    await stack.setNow('2024-05-08');
    ({ application: current } = await act('issueFeeNotice', current, {
      perApplication: { earlierInMonth: 10 },
    }));
    expect(current.status).toBe('AWAITING_FEE');
    expect(current.feeNotice).toMatchObject({
      method: 'PER_APPLICATION',
      assessedFen: 10000,
      amountFen: 10000,
      breakdown: [{ from: 11, to: 30, unitFen: 10000, quantity: 1, subtotalFen: 10000 }],
      issuedOn: '2024-05-08',
      receivedOn: '2024-05-08',
      paymentDueOn: '2024-06-04',
      late: false,
    });
    await stack.setNow('2024-05-10');
    ({ application: current } = await act('recordFeePayment', current));
    expect(current).toMatchObject({ status: 'IN_PROGRESS', replyDueOn: '2024-06-04' });
    expect(current.feeNotice).toMatchObject({ paidOn: '2024-05-10', paidLate: false });
    expect(current.clock).toMatchObject({ state: 'RUNNING', replyDueOn: '2024-06-04' });

    // Both methods at once: the calculator's code, nothing written.
    await stack.setNow('2024-05-06');
    ({ application: current } = await register({ channel: 'IN_PERSON' }));
    const before = await footprint();
    expect(
      errorCode(
        await step(officer, 'issueFeeNotice', {
          applicationId: current.id,
          expectedVersion: current.version,
          perApplication: { earlierInMonth: 12 },
          pages: 50,
        }),
      ),
    ).toBe('FEE.METHODS_COMBINED');
    expect(await footprint()).toEqual(before);
    ({ application: current } = await act('issueFeeNotice', current, { pages: 50 }));
    expect(current.feeNotice).toMatchObject({ method: 'BY_VOLUME', amountFen: 20000 });
    expect(
      errorCode(
        await step(officer, 'closeAsDeemedWithdrawn', {
          applicationId: current.id,
          expectedVersion: current.version,
          reason: 'FEE_UNPAID',
          note: '逾期未缴费',
        }),
      ),
    ).toBe('APPLICATION.FEE_NOT_OVERDUE');
    await stack.setNow('2024-06-05');
    ({ application: current } = await act('closeAsDeemedWithdrawn', current, {
      reason: 'FEE_UNPAID',
      note: '收费通知送达后 20 个工作日内未缴费',
    }));
    expect(current).toMatchObject({
      status: 'CLOSED',
      outcome: 'OTHER_FEE_UNPAID',
      conclusion: { concludedOn: '2024-06-05', deemedWithdrawnReason: 'FEE_UNPAID' },
    });
  });

  it('no supplement by the deadline: deemed withdrawn; a late supplement notice is flagged', async () => {
    await stack.setNow('2024-09-02');
    let { application: current } = await register({ channel: 'IN_PERSON' });
    await stack.setNow('2024-09-13');
    ({ application: current } = await act('requestSupplement', current, {
      items: ['请提供身份证明复印件'],
      dueOn: '2024-09-27',
    }));
    expect(current.lateFlags).toEqual(['SUPPLEMENT_NOTICE_LATE']);
    expect(current.supplementRequest).toMatchObject({ late: true });
    await stack.setNow('2024-09-30');
    ({ application: current } = await act('closeAsDeemedWithdrawn', current, {
      reason: 'NO_SUPPLEMENT',
      note: '逾期未补正',
    }));
    expect(current).toMatchObject({
      status: 'CLOSED',
      outcome: 'OTHER_NO_SUPPLEMENT',
      conclusion: { concludedOn: '2024-09-30', closingNote: '逾期未补正' },
    });
  });

  it('withdrawal by the applicant online and by an officer from a letter; a review and its result', async () => {
    await stack.setNow('2024-10-08');
    const online = await register({ channel: 'IN_PERSON' });
    const withdrawn = await stack.client.data<{ withdrawApplication: { withdrawnOn: string } }>(
      `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { trackingNumber withdrawnOn } }`,
      { input: { trackingNumber: online.trackingNumber, queryCode: online.queryCode } },
    );
    expect(withdrawn.withdrawApplication.withdrawnOn).toBe('2024-10-08');
    expect(await view(online.application.id)).toMatchObject({
      status: 'WITHDRAWN',
      outcome: 'OTHER',
      conclusion: { concludedOn: '2024-10-08', withdrawnOn: '2024-10-08' },
      availableActions: [],
    });
    // A wrong query code looks like an unknown number.
    expect(
      errorCode(
        await stack.client.request(
          `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { trackingNumber } }`,
          { input: { trackingNumber: online.trackingNumber, queryCode: 'AAAA-AAAA-AAAA-AAAA' } },
        ),
      ),
    ).toBe('APPLICATION.NOT_FOUND');

    // Signed in with the applicant account that filed it, no query code is needed; another
    // account (or no account) is told NOT_FOUND.
    const [ownerUser, otherUser] = await Promise.all([
      createUser(stack.db.pool, { roles: ['APPLICANT'] }),
      createUser(stack.db.pool, { roles: ['APPLICANT'] }),
    ]);
    const [owner, otherApplicant] = await Promise.all(
      [ownerUser, otherUser].map((u) => stack.client.login(u.email, u.password)),
    );
    const ownFiling = await fileOnline(owner);
    const WITHDRAW = `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { withdrawnOn } }`;
    const byAccount = { input: { trackingNumber: ownFiling.trackingNumber } };
    expect(errorCode(await otherApplicant.request(WITHDRAW, byAccount))).toBe(
      'APPLICATION.NOT_FOUND',
    );
    expect(errorCode(await stack.client.request(WITHDRAW, byAccount))).toBe(
      'APPLICATION.NOT_FOUND',
    );
    expect(errorCode(await officer.request(WITHDRAW, byAccount))).toBe('APPLICATION.NOT_FOUND');
    expect(await owner.data(WITHDRAW, byAccount)).toEqual({
      withdrawApplication: { withdrawnOn: '2024-10-08' },
    });
    expect((await view(ownFiling.id)).status).toBe('WITHDRAWN');

    const letter = await register({ channel: 'IN_PERSON' });
    const { application: byOfficer } = await act('recordWithdrawal', letter.application, {
      note: '申请人 10 月 8 日来信撤回',
    });
    expect(byOfficer).toMatchObject({ status: 'WITHDRAWN', outcome: 'OTHER' });

    let { application: current } = await register({ channel: 'IN_PERSON' });
    ({ application: current } = await act(
      'issueReply',
      current,
      replyFor('WITHHELD_STATE_SECRET'),
    ));
    ({ application: current } = await act('recordService', current, { method: 'IN_PERSON' }));
    await stack.setNow('2024-11-04');
    const filed = await act('recordReview', current, {
      kind: 'RECONSIDERATION',
      filedOn: '2024-11-01',
      result: 'PENDING',
    });
    expect(filed.application.reviews).toEqual([
      expect.objectContaining({ kind: 'RECONSIDERATION', result: 'PENDING', resultOn: null }),
    ]);
    await stack.setNow('2024-12-20');
    const decided = await act('recordReview', filed.application, {
      reviewId: filed['reviewId'],
      kind: 'RECONSIDERATION',
      filedOn: '2024-11-01',
      result: 'UPHELD',
      resultOn: '2024-12-19',
    });
    expect(decided.application.reviews).toEqual([
      expect.objectContaining({ id: filed['reviewId'], result: 'UPHELD', resultOn: '2024-12-19' }),
    ]);
    expect(decided.application.status).toBe('CLOSED');
  });

  it('two concurrent transitions: one wins, the other gets VERSION_CONFLICT; a stale version too', async () => {
    await stack.setNow('2024-09-02');
    const { application } = await register({ channel: 'IN_PERSON' });
    const results = await Promise.all([
      step(officer, 'requestExtension', {
        applicationId: application.id,
        expectedVersion: application.version,
        reason: '情况复杂',
      }),
      step(officer, 'requestSupplement', {
        applicationId: application.id,
        expectedVersion: application.version,
        items: ['补正事项'],
        dueOn: '2024-09-20',
      }),
      step(supervisor, 'assignApplication', {
        applicationId: application.id,
        expectedVersion: application.version,
        assigneeId: officerId,
      }),
    ]);
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === 'APPLICATION.VERSION_CONFLICT')).toHaveLength(2);
    const events = await count('application_event', 'application_id = $1', [application.id]);
    expect(events).toBe(2);

    // The same step twice at once: one supplement request, one conflict, never an error 500.
    const { application: other } = await register({ channel: 'IN_PERSON' });
    const twice = await Promise.all(
      [1, 2].map(() =>
        step(officer, 'requestSupplement', {
          applicationId: other.id,
          expectedVersion: other.version,
          items: ['补正事项'],
          dueOn: '2024-09-20',
        }),
      ),
    );
    expect(twice.map(errorCode).sort()).toEqual(['APPLICATION.VERSION_CONFLICT', undefined]);
    expect(await count('supplement_request', 'application_id = $1', [other.id])).toBe(1);
    expect(
      errorCode(
        await step(officer, 'requestExtension', {
          applicationId: application.id,
          expectedVersion: application.version,
          reason: '情况复杂',
        }),
      ),
    ).toBe('APPLICATION.VERSION_CONFLICT');
  });

  it('invalid input and scope: coded errors, no rows written', async () => {
    await stack.setNow('2024-09-02');
    const { application } = await register({ channel: 'IN_PERSON' });
    const base = { applicationId: application.id, expectedVersion: application.version };
    const before = await footprint();
    const cases: [GraphqlClient, Step, Record<string, unknown>, string][] = [
      [
        officer,
        'requestSupplement',
        { items: [], dueOn: '2024-09-20' },
        'APPLICATION.FIELD_REQUIRED',
      ],
      [
        officer,
        'requestSupplement',
        { items: ['x'.repeat(501)], dueOn: '2024-09-20' },
        'APPLICATION.FIELD_TOO_LONG',
      ],
      [
        officer,
        'requestSupplement',
        { items: ['缺文号'], dueOn: '2024-09-02' },
        'APPLICATION.SUPPLEMENT_DUE_DATE_INVALID',
      ],
      [
        officer,
        'issueReply',
        { ...replyFor('WITHHELD_STATE_SECRET'), reasons: null },
        'APPLICATION.REPLY_REASONS_REQUIRED',
      ],
      [
        officer,
        'issueReply',
        { ...replyFor('GRANTED'), replyText: 'x'.repeat(20001) },
        'APPLICATION.FIELD_TOO_LONG',
      ],
      [officer, 'recordService', { method: 'EMAIL' }, 'APPLICATION.TRANSITION_NOT_ALLOWED'],
      [
        officer,
        'startConsultation',
        { kind: 'THIRD_PARTY', partyName: '某公司', sentOn: '2024-08-30' },
        'APPLICATION.DATE_OUT_OF_RANGE',
      ],
      [
        officer,
        'startConsultation',
        { kind: 'THIRD_PARTY', partyName: '某公司', email: 'not-an-email' },
        'APPLICATION.INVALID_EMAIL',
      ],
      [
        officer,
        'assignApplication',
        { assigneeId: randomUUID() },
        'APPLICATION.ASSIGNEE_NOT_ELIGIBLE',
      ],
      [officer, 'decideExtension', { approved: true }, 'AUTH.FORBIDDEN'],
      [supervisor, 'decideExtension', { approved: true }, 'APPLICATION.EXTENSION_NOT_REQUESTED'],
      [stranger, 'requestExtension', { reason: '理由' }, 'AUTH.FORBIDDEN'],
      [stack.client, 'requestExtension', { reason: '理由' }, 'AUTH.UNAUTHENTICATED'],
      [
        officer,
        'recordReview',
        { kind: 'RECONSIDERATION', filedOn: '2024-09-02', result: 'PENDING' },
        'APPLICATION.TRANSITION_NOT_ALLOWED',
      ],
    ];
    for (const [client, name, input, code] of cases) {
      const result = await step(client, name, { ...base, ...input });
      expect([name, errorCode(result)]).toEqual([name, code]);
    }
    expect(await footprint()).toEqual(before);
  });
});
