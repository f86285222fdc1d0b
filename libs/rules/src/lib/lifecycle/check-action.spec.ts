import { Outcome } from '../outcomes/outcome.js';
import { ApplicationAction as A } from './application-action.js';
import { ApplicationStatus as S } from './application-status.js';
import { applyAction } from './apply-action.js';
import { allowedActions, assertAction, checkAction } from './check-action.js';
import { DeemedWithdrawnReason } from './deemed-withdrawn-reason.js';
import { ExtensionStatus } from './extension-status.js';
import { LateFlag } from './late-flag.js';
import type { ActionInput, LifecycleState } from './lifecycle-state.js';

/** Received 2024-02-06: supplement notice due 2024-02-21, reply due 2024-03-11 (regulation.md §2). */
function state(overrides: Partial<LifecycleState> = {}): LifecycleState {
  return {
    status: S.IN_PROGRESS,
    today: '2024-02-15',
    supplementRequested: false,
    extension: ExtensionStatus.NONE,
    openConsultations: 0,
    feeNoticeIssued: false,
    replyDueOn: '2024-03-11',
    supplementNoticeDueOn: '2024-02-21',
    ...overrides,
  };
}

const awaitingSupplement = {
  status: S.AWAITING_SUPPLEMENT,
  supplementRequested: true,
  supplementDueOn: '2024-02-29',
};
const awaitingFee = {
  status: S.AWAITING_FEE,
  feeNoticeIssued: true,
  feePaymentDueOn: '2024-03-20',
};
const awaitingConsultation = { status: S.AWAITING_CONSULTATION, openConsultations: 1 };

describe('checkAction: every transition', () => {
  it.each<[string, Partial<LifecycleState>, A, ActionInput, S]>([
    [
      'confirms receipt',
      { status: S.PENDING_CONFIRMATION, replyDueOn: undefined },
      A.CONFIRM_RECEIPT,
      {},
      S.IN_PROGRESS,
    ],
    [
      'assigns before confirmation',
      { status: S.PENDING_CONFIRMATION },
      A.ASSIGN,
      {},
      S.PENDING_CONFIRMATION,
    ],
    ['assigns while in progress', {}, A.ASSIGN, {}, S.IN_PROGRESS],
    [
      'assigns while awaiting a supplement',
      awaitingSupplement,
      A.ASSIGN,
      {},
      S.AWAITING_SUPPLEMENT,
    ],
    ['assigns while consulting', awaitingConsultation, A.ASSIGN, {}, S.AWAITING_CONSULTATION],
    ['assigns while awaiting the fee', awaitingFee, A.ASSIGN, {}, S.AWAITING_FEE],
    ['assigns a replied application for service', { status: S.REPLIED }, A.ASSIGN, {}, S.REPLIED],
    ['requests a supplement', {}, A.REQUEST_SUPPLEMENT, {}, S.AWAITING_SUPPLEMENT],
    ['records the supplement', awaitingSupplement, A.RECORD_SUPPLEMENT, {}, S.IN_PROGRESS],
    ['starts a consultation', {}, A.START_CONSULTATION, {}, S.AWAITING_CONSULTATION],
    [
      'starts a second consultation',
      awaitingConsultation,
      A.START_CONSULTATION,
      {},
      S.AWAITING_CONSULTATION,
    ],
    [
      'records the answer to the last open consultation',
      awaitingConsultation,
      A.RECORD_CONSULTATION_REPLY,
      {},
      S.IN_PROGRESS,
    ],
    [
      'records one of two answers',
      { ...awaitingConsultation, openConsultations: 2 },
      A.RECORD_CONSULTATION_REPLY,
      {},
      S.AWAITING_CONSULTATION,
    ],
    ['requests an extension', {}, A.REQUEST_EXTENSION, {}, S.IN_PROGRESS],
    [
      'requests an extension while consulting',
      awaitingConsultation,
      A.REQUEST_EXTENSION,
      {},
      S.AWAITING_CONSULTATION,
    ],
    [
      'requests an extension on the due date itself',
      { today: '2024-03-11' },
      A.REQUEST_EXTENSION,
      {},
      S.IN_PROGRESS,
    ],
    [
      'approves the extension',
      { extension: ExtensionStatus.REQUESTED },
      A.DECIDE_EXTENSION,
      { extensionApproved: true },
      S.IN_PROGRESS,
    ],
    [
      'rejects the extension while the fee is awaited',
      { ...awaitingFee, extension: ExtensionStatus.REQUESTED },
      A.DECIDE_EXTENSION,
      { extensionApproved: false },
      S.AWAITING_FEE,
    ],
    ['issues a fee notice', {}, A.ISSUE_FEE_NOTICE, {}, S.AWAITING_FEE],
    ['records the payment', awaitingFee, A.RECORD_FEE_PAYMENT, {}, S.IN_PROGRESS],
    ['issues a reply', {}, A.ISSUE_REPLY, { outcome: Outcome.GRANTED }, S.REPLIED],
    ['records service', { status: S.REPLIED }, A.RECORD_SERVICE, {}, S.CLOSED],
    [
      'withdraws before confirmation',
      { status: S.PENDING_CONFIRMATION },
      A.WITHDRAW,
      {},
      S.WITHDRAWN,
    ],
    ['withdraws in progress', {}, A.WITHDRAW, {}, S.WITHDRAWN],
    ['withdraws while consulting', awaitingConsultation, A.WITHDRAW, {}, S.WITHDRAWN],
    ['withdraws while awaiting a supplement', awaitingSupplement, A.WITHDRAW, {}, S.WITHDRAWN],
    ['withdraws while awaiting the fee', awaitingFee, A.WITHDRAW, {}, S.WITHDRAWN],
    [
      'closes: no supplement in time',
      { ...awaitingSupplement, today: '2024-03-01' },
      A.CLOSE_AS_DEEMED_WITHDRAWN,
      { deemedWithdrawnReason: DeemedWithdrawnReason.NO_SUPPLEMENT },
      S.CLOSED,
    ],
    [
      'closes: fee unpaid',
      { ...awaitingFee, today: '2024-03-21' },
      A.CLOSE_AS_DEEMED_WITHDRAWN,
      { deemedWithdrawnReason: DeemedWithdrawnReason.FEE_UNPAID },
      S.CLOSED,
    ],
    ['records a review after the reply', { status: S.REPLIED }, A.RECORD_REVIEW, {}, S.REPLIED],
    ['records a review after closing', { status: S.CLOSED }, A.RECORD_REVIEW, {}, S.CLOSED],
  ])('%s', (_name, overrides, action, input, next) => {
    const check = checkAction(state(overrides), action, input);
    expect(check).toMatchObject({ ok: true, action, nextStatus: next });
  });
});

describe('checkAction: every refusal has its code', () => {
  it.each<[string, Partial<LifecycleState>, A | string, ActionInput, string]>([
    ['an unknown action', {}, 'approve', {}, 'APPLICATION.UNKNOWN_ACTION'],
    ['confirming twice', {}, A.CONFIRM_RECEIPT, {}, 'APPLICATION.TRANSITION_NOT_ALLOWED'],
    [
      'assigning a closed application',
      { status: S.CLOSED },
      A.ASSIGN,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'a supplement request after a reply',
      { status: S.REPLIED },
      A.REQUEST_SUPPLEMENT,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'a second supplement request while waiting',
      awaitingSupplement,
      A.REQUEST_SUPPLEMENT,
      {},
      'APPLICATION.SUPPLEMENT_ALREADY_REQUESTED',
    ],
    [
      'a second supplement request after the first was answered',
      { supplementRequested: true },
      A.REQUEST_SUPPLEMENT,
      {},
      'APPLICATION.SUPPLEMENT_ALREADY_REQUESTED',
    ],
    [
      'a supplement request before confirmation',
      { status: S.PENDING_CONFIRMATION },
      A.REQUEST_SUPPLEMENT,
      {},
      'APPLICATION.RECEIPT_NOT_CONFIRMED',
    ],
    [
      'a supplement request while consulting',
      awaitingConsultation,
      A.REQUEST_SUPPLEMENT,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'recording a supplement never requested',
      {},
      A.RECORD_SUPPLEMENT,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'a consultation before confirmation',
      { status: S.PENDING_CONFIRMATION },
      A.START_CONSULTATION,
      {},
      'APPLICATION.RECEIPT_NOT_CONFIRMED',
    ],
    [
      'a consultation while awaiting the fee',
      awaitingFee,
      A.START_CONSULTATION,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'a consultation answer with none open',
      {},
      A.RECORD_CONSULTATION_REPLY,
      {},
      'APPLICATION.NO_OPEN_CONSULTATION',
    ],
    [
      'a consultation answer with an inconsistent count',
      { status: S.AWAITING_CONSULTATION, openConsultations: 0 },
      A.RECORD_CONSULTATION_REPLY,
      {},
      'APPLICATION.NO_OPEN_CONSULTATION',
    ],
    [
      'a second extension (approved)',
      { extension: ExtensionStatus.APPROVED },
      A.REQUEST_EXTENSION,
      {},
      'APPLICATION.EXTENSION_ALREADY_USED',
    ],
    [
      'a second extension (rejected)',
      { extension: ExtensionStatus.REJECTED },
      A.REQUEST_EXTENSION,
      {},
      'APPLICATION.EXTENSION_ALREADY_USED',
    ],
    [
      'a second extension (pending)',
      { extension: ExtensionStatus.REQUESTED },
      A.REQUEST_EXTENSION,
      {},
      'APPLICATION.EXTENSION_ALREADY_USED',
    ],
    [
      'an extension requested after the due date',
      { today: '2024-03-12' },
      A.REQUEST_EXTENSION,
      {},
      'APPLICATION.EXTENSION_TOO_LATE',
    ],
    [
      'an extension without a due date',
      { replyDueOn: undefined },
      A.REQUEST_EXTENSION,
      {},
      'APPLICATION.REPLY_DUE_DATE_UNKNOWN',
    ],
    [
      'an extension while awaiting a supplement',
      awaitingSupplement,
      A.REQUEST_EXTENSION,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'an extension before confirmation',
      { status: S.PENDING_CONFIRMATION },
      A.REQUEST_EXTENSION,
      {},
      'APPLICATION.RECEIPT_NOT_CONFIRMED',
    ],
    [
      'an extension after the reply',
      { status: S.REPLIED },
      A.REQUEST_EXTENSION,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'deciding an extension never requested',
      {},
      A.DECIDE_EXTENSION,
      { extensionApproved: true },
      'APPLICATION.EXTENSION_NOT_REQUESTED',
    ],
    [
      'deciding an extension twice',
      { extension: ExtensionStatus.APPROVED },
      A.DECIDE_EXTENSION,
      { extensionApproved: true },
      'APPLICATION.EXTENSION_ALREADY_USED',
    ],
    [
      'deciding an extension after the due date',
      { extension: ExtensionStatus.REQUESTED, today: '2024-03-12' },
      A.DECIDE_EXTENSION,
      { extensionApproved: true },
      'APPLICATION.EXTENSION_TOO_LATE',
    ],
    [
      'deciding an extension without a decision',
      { extension: ExtensionStatus.REQUESTED },
      A.DECIDE_EXTENSION,
      {},
      'APPLICATION.EXTENSION_DECISION_REQUIRED',
    ],
    [
      'a second fee notice after payment',
      { feeNoticeIssued: true },
      A.ISSUE_FEE_NOTICE,
      {},
      'APPLICATION.FEE_NOTICE_ALREADY_ISSUED',
    ],
    [
      'a second fee notice while waiting',
      awaitingFee,
      A.ISSUE_FEE_NOTICE,
      {},
      'APPLICATION.FEE_NOTICE_ALREADY_ISSUED',
    ],
    [
      'a payment without a notice',
      {},
      A.RECORD_FEE_PAYMENT,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    ['a reply without an outcome', {}, A.ISSUE_REPLY, {}, 'APPLICATION.OUTCOME_REQUIRED'],
    [
      'a reply with an unknown outcome',
      {},
      A.ISSUE_REPLY,
      { outcome: 'APPROVED' as Outcome },
      'APPLICATION.UNKNOWN_OUTCOME',
    ],
    [
      'a reply claiming deemed withdrawal',
      {},
      A.ISSUE_REPLY,
      { outcome: Outcome.OTHER_FEE_UNPAID },
      'APPLICATION.OUTCOME_NOT_ALLOWED',
    ],
    [
      '"still unclear" without a supplement request',
      {},
      A.ISSUE_REPLY,
      { outcome: Outcome.UNAVAILABLE_STILL_UNCLEAR },
      'APPLICATION.OUTCOME_NOT_ALLOWED',
    ],
    [
      'a reply before confirmation',
      { status: S.PENDING_CONFIRMATION },
      A.ISSUE_REPLY,
      { outcome: Outcome.GRANTED },
      'APPLICATION.RECEIPT_NOT_CONFIRMED',
    ],
    [
      'a reply while awaiting a supplement',
      awaitingSupplement,
      A.ISSUE_REPLY,
      { outcome: Outcome.GRANTED },
      'APPLICATION.SUPPLEMENT_PENDING',
    ],
    [
      'a reply while consulting',
      awaitingConsultation,
      A.ISSUE_REPLY,
      { outcome: Outcome.GRANTED },
      'APPLICATION.CONSULTATION_OPEN',
    ],
    [
      'a reply while the fee is unpaid',
      awaitingFee,
      A.ISSUE_REPLY,
      { outcome: Outcome.GRANTED },
      'APPLICATION.FEE_NOT_PAID',
    ],
    [
      'a second reply',
      { status: S.REPLIED },
      A.ISSUE_REPLY,
      { outcome: Outcome.GRANTED },
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    ['service before a reply', {}, A.RECORD_SERVICE, {}, 'APPLICATION.TRANSITION_NOT_ALLOWED'],
    [
      'service in the future',
      { status: S.REPLIED },
      A.RECORD_SERVICE,
      { servedOn: '2024-02-16' },
      'APPLICATION.SERVICE_DATE_INVALID',
    ],
    [
      'service on a malformed date',
      { status: S.REPLIED },
      A.RECORD_SERVICE,
      { servedOn: '2024-2-1' },
      'APPLICATION.SERVICE_DATE_INVALID',
    ],
    [
      'withdrawal after the reply',
      { status: S.REPLIED },
      A.WITHDRAW,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'withdrawal twice',
      { status: S.WITHDRAWN },
      A.WITHDRAW,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'deemed withdrawal before the supplement deadline',
      { ...awaitingSupplement, today: '2024-02-29' },
      A.CLOSE_AS_DEEMED_WITHDRAWN,
      { deemedWithdrawnReason: DeemedWithdrawnReason.NO_SUPPLEMENT },
      'APPLICATION.SUPPLEMENT_NOT_OVERDUE',
    ],
    [
      'deemed withdrawal with no supplement deadline recorded',
      { ...awaitingSupplement, supplementDueOn: undefined },
      A.CLOSE_AS_DEEMED_WITHDRAWN,
      { deemedWithdrawnReason: DeemedWithdrawnReason.NO_SUPPLEMENT },
      'APPLICATION.SUPPLEMENT_NOT_OVERDUE',
    ],
    [
      'deemed withdrawal before the payment deadline',
      { ...awaitingFee, today: '2024-03-20' },
      A.CLOSE_AS_DEEMED_WITHDRAWN,
      { deemedWithdrawnReason: DeemedWithdrawnReason.FEE_UNPAID },
      'APPLICATION.FEE_NOT_OVERDUE',
    ],
    [
      'deemed withdrawal without a reason',
      { ...awaitingFee, today: '2024-03-21' },
      A.CLOSE_AS_DEEMED_WITHDRAWN,
      {},
      'APPLICATION.DEEMED_WITHDRAWN_REASON_REQUIRED',
    ],
    [
      'deemed withdrawal for the wrong reason',
      { ...awaitingFee, today: '2024-03-21' },
      A.CLOSE_AS_DEEMED_WITHDRAWN,
      { deemedWithdrawnReason: DeemedWithdrawnReason.NO_SUPPLEMENT },
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    [
      'deemed withdrawal while in progress',
      {},
      A.CLOSE_AS_DEEMED_WITHDRAWN,
      { deemedWithdrawnReason: DeemedWithdrawnReason.NO_SUPPLEMENT },
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
    ['a review before any reply', {}, A.RECORD_REVIEW, {}, 'APPLICATION.TRANSITION_NOT_ALLOWED'],
    [
      'a review of a withdrawn application',
      { status: S.WITHDRAWN },
      A.RECORD_REVIEW,
      {},
      'APPLICATION.TRANSITION_NOT_ALLOWED',
    ],
  ])('refuses %s', (_name, overrides, action, input, code) => {
    const s = state(overrides);
    const check = checkAction(s, action as A, input);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error.code).toBe(code);
    expect(check.error.details).toEqual({ action, status: s.status });
    expect(() => assertAction(s, action as A, input)).toThrow(check.error);
  });
});

describe('late actions are allowed and flagged', () => {
  it.each<[string, Partial<LifecycleState>, A, ActionInput, LateFlag]>([
    [
      'a supplement request after the 7th working day',
      { today: '2024-02-22' },
      A.REQUEST_SUPPLEMENT,
      {},
      LateFlag.SUPPLEMENT_NOTICE_LATE,
    ],
    [
      'a supplement after its deadline',
      { ...awaitingSupplement, today: '2024-03-01' },
      A.RECORD_SUPPLEMENT,
      {},
      LateFlag.SUPPLEMENT_RECEIVED_LATE,
    ],
    [
      'a fee notice after the processing period',
      { today: '2024-03-12' },
      A.ISSUE_FEE_NOTICE,
      {},
      LateFlag.FEE_NOTICE_LATE,
    ],
    [
      'a payment after the window',
      { ...awaitingFee, today: '2024-03-21' },
      A.RECORD_FEE_PAYMENT,
      {},
      LateFlag.FEE_PAID_LATE,
    ],
    [
      'a reply after the due date',
      { today: '2024-03-12' },
      A.ISSUE_REPLY,
      { outcome: Outcome.GRANTED },
      LateFlag.REPLY_ISSUED_LATE,
    ],
    [
      'service after the due date',
      { status: S.REPLIED, today: '2024-03-12' },
      A.RECORD_SERVICE,
      {},
      LateFlag.REPLY_SERVED_LATE,
    ],
  ])('%s', (_name, overrides, action, input, flag) => {
    expect(checkAction(state(overrides), action, input)).toMatchObject({ ok: true, late: [flag] });
  });

  it('is on time on the due date itself, and judges service by the service date', () => {
    expect(checkAction(state({ today: '2024-02-21' }), A.REQUEST_SUPPLEMENT)).toMatchObject({
      late: [],
    });
    expect(
      checkAction(state({ today: '2024-03-11' }), A.ISSUE_REPLY, { outcome: Outcome.GRANTED }),
    ).toMatchObject({ late: [] });
    // Posted on the due date, recorded two days later: on time (I2016: 交邮之日).
    const replied = state({ status: S.REPLIED, today: '2024-03-13' });
    expect(checkAction(replied, A.RECORD_SERVICE, { servedOn: '2024-03-11' })).toMatchObject({
      ok: true,
      late: [],
    });
  });

  it('never flags a limit the clock has not set', () => {
    const noDates = state({
      replyDueOn: undefined,
      supplementNoticeDueOn: undefined,
      today: '2030-01-01',
    });
    expect(checkAction(noDates, A.REQUEST_SUPPLEMENT)).toMatchObject({ ok: true, late: [] });
    expect(checkAction(noDates, A.ISSUE_REPLY, { outcome: Outcome.OTHER })).toMatchObject({
      ok: true,
      late: [],
    });
  });
});

describe('outcomes and conclusion', () => {
  it('a reply fixes its outcome; service concludes it', () => {
    expect(
      checkAction(state(), A.ISSUE_REPLY, { outcome: Outcome.WITHHELD_STATE_SECRET }),
    ).toMatchObject({
      outcome: Outcome.WITHHELD_STATE_SECRET,
      concludes: false,
    });
    expect(checkAction(state({ status: S.REPLIED }), A.RECORD_SERVICE)).toMatchObject({
      concludes: true,
    });
    expect(checkAction(state({ status: S.REPLIED }), A.RECORD_SERVICE)).not.toHaveProperty(
      'outcome',
    );
  });

  it('deemed withdrawal closes with the （六）1 / （六）2 outcome; withdrawal counts as （六）3', () => {
    expect(
      checkAction(
        state({ ...awaitingSupplement, today: '2024-03-01' }),
        A.CLOSE_AS_DEEMED_WITHDRAWN,
        {
          deemedWithdrawnReason: DeemedWithdrawnReason.NO_SUPPLEMENT,
        },
      ),
    ).toMatchObject({
      nextStatus: S.CLOSED,
      outcome: Outcome.OTHER_NO_SUPPLEMENT,
      concludes: true,
    });
    expect(
      checkAction(state({ ...awaitingFee, today: '2024-03-21' }), A.CLOSE_AS_DEEMED_WITHDRAWN, {
        deemedWithdrawnReason: DeemedWithdrawnReason.FEE_UNPAID,
      }),
    ).toMatchObject({ outcome: Outcome.OTHER_FEE_UNPAID });
    expect(checkAction(state(), A.WITHDRAW)).toMatchObject({
      outcome: Outcome.OTHER,
      concludes: true,
    });
  });

  it('"still unclear after supplement" is possible once a supplement was requested', () => {
    expect(
      checkAction(state({ supplementRequested: true }), A.ISSUE_REPLY, {
        outcome: Outcome.UNAVAILABLE_STILL_UNCLEAR,
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('allowedActions', () => {
  it.each<[string, Partial<LifecycleState>, A[]]>([
    [
      'pending confirmation',
      { status: S.PENDING_CONFIRMATION },
      [A.CONFIRM_RECEIPT, A.ASSIGN, A.WITHDRAW],
    ],
    [
      'in progress',
      {},
      [
        A.ASSIGN,
        A.REQUEST_SUPPLEMENT,
        A.START_CONSULTATION,
        A.REQUEST_EXTENSION,
        A.ISSUE_FEE_NOTICE,
        A.ISSUE_REPLY,
        A.WITHDRAW,
      ],
    ],
    [
      'in progress, supplement used, extension pending',
      { supplementRequested: true, extension: ExtensionStatus.REQUESTED },
      [
        A.ASSIGN,
        A.START_CONSULTATION,
        A.DECIDE_EXTENSION,
        A.ISSUE_FEE_NOTICE,
        A.ISSUE_REPLY,
        A.WITHDRAW,
      ],
    ],
    [
      'in progress after the due date',
      { today: '2024-03-12', supplementRequested: true, feeNoticeIssued: true },
      [A.ASSIGN, A.START_CONSULTATION, A.ISSUE_REPLY, A.WITHDRAW],
    ],
    ['awaiting a supplement', awaitingSupplement, [A.ASSIGN, A.RECORD_SUPPLEMENT, A.WITHDRAW]],
    [
      'awaiting a supplement past its deadline',
      { ...awaitingSupplement, today: '2024-03-01' },
      [A.ASSIGN, A.RECORD_SUPPLEMENT, A.WITHDRAW, A.CLOSE_AS_DEEMED_WITHDRAWN],
    ],
    [
      'consulting',
      awaitingConsultation,
      [
        A.ASSIGN,
        A.START_CONSULTATION,
        A.RECORD_CONSULTATION_REPLY,
        A.REQUEST_EXTENSION,
        A.WITHDRAW,
      ],
    ],
    [
      'awaiting the fee',
      awaitingFee,
      [A.ASSIGN, A.REQUEST_EXTENSION, A.RECORD_FEE_PAYMENT, A.WITHDRAW],
    ],
    [
      'awaiting the fee past its deadline',
      { ...awaitingFee, today: '2024-03-21', extension: ExtensionStatus.APPROVED },
      [A.ASSIGN, A.RECORD_FEE_PAYMENT, A.WITHDRAW, A.CLOSE_AS_DEEMED_WITHDRAWN],
    ],
    ['replied', { status: S.REPLIED }, [A.ASSIGN, A.RECORD_SERVICE, A.RECORD_REVIEW]],
    ['closed', { status: S.CLOSED }, [A.RECORD_REVIEW]],
    ['withdrawn', { status: S.WITHDRAWN }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(allowedActions(state(overrides))).toEqual(expected);
  });
});

describe('applyAction', () => {
  it('walks a full case: consultation, supplement, extension, fee, reply, service', () => {
    let s = state({ status: S.PENDING_CONFIRMATION });
    const step = (action: A, input: ActionInput = {}, today?: string) => {
      const result = applyAction(today ? { ...s, today } : s, action, input);
      s = result.state;
      return result.check;
    };
    step(A.CONFIRM_RECEIPT);
    step(A.REQUEST_SUPPLEMENT);
    expect(s).toMatchObject({ status: S.AWAITING_SUPPLEMENT, supplementRequested: true });
    step(A.RECORD_SUPPLEMENT);
    step(A.START_CONSULTATION);
    step(A.START_CONSULTATION);
    expect(s).toMatchObject({ status: S.AWAITING_CONSULTATION, openConsultations: 2 });
    step(A.RECORD_CONSULTATION_REPLY);
    step(A.REQUEST_EXTENSION);
    step(A.RECORD_CONSULTATION_REPLY);
    expect(s).toMatchObject({
      status: S.IN_PROGRESS,
      openConsultations: 0,
      extension: ExtensionStatus.REQUESTED,
    });
    step(A.DECIDE_EXTENSION, { extensionApproved: true });
    expect(s.extension).toBe(ExtensionStatus.APPROVED);
    step(A.ISSUE_FEE_NOTICE);
    expect(s).toMatchObject({ status: S.AWAITING_FEE, feeNoticeIssued: true });
    step(A.RECORD_FEE_PAYMENT);
    expect(step(A.ISSUE_REPLY, { outcome: Outcome.PARTIALLY_GRANTED }).outcome).toBe(
      Outcome.PARTIALLY_GRANTED,
    );
    expect(step(A.RECORD_SERVICE).concludes).toBe(true);
    expect(s.status).toBe(S.CLOSED);
    step(A.RECORD_REVIEW);
    expect(s.status).toBe(S.CLOSED);
  });

  it('drops open consultations on withdrawal and throws refusals', () => {
    const consulting = state({ ...awaitingConsultation, openConsultations: 3 });
    expect(applyAction(consulting, A.WITHDRAW).state).toMatchObject({
      status: S.WITHDRAWN,
      openConsultations: 0,
    });
    expect(() => applyAction(state({ status: S.REPLIED }), A.REQUEST_SUPPLEMENT)).toThrow(
      expect.objectContaining({ code: 'APPLICATION.TRANSITION_NOT_ALLOWED' }),
    );
  });
});
