import { isLocalDate, toEpochDay, type LocalDate } from '../date/local-date.js';
import { isOutcome, Outcome } from '../outcomes/outcome.js';
import { ApplicationAction } from './application-action.js';
import { ApplicationStatus } from './application-status.js';
import {
  DEEMED_WITHDRAWN_FROM,
  DEEMED_WITHDRAWN_OUTCOMES,
  DeemedWithdrawnReason,
} from './deemed-withdrawn-reason.js';
import { ExtensionStatus } from './extension-status.js';
import { LateFlag } from './late-flag.js';
import { LifecycleErrorCode } from './lifecycle-error-code.js';
import type { ActionInput, LifecycleState } from './lifecycle-state.js';

export type LifecycleErrorCodeValue = (typeof LifecycleErrorCode)[keyof typeof LifecycleErrorCode];

/** Why a guard refuses: a stable code and a message for the user. */
export interface Refusal {
  readonly code: LifecycleErrorCodeValue;
  readonly message: string;
}

export interface TransitionRule {
  readonly action: ApplicationAction;
  /** The statuses the action is taken from. */
  readonly from: readonly ApplicationStatus[];
  /** The status it leads to; `SAME` keeps the current one; a function decides from the state. */
  readonly to: ApplicationStatus | 'SAME' | ((state: LifecycleState) => ApplicationStatus);
  /** Statuses outside `from` that deserve a more telling code than TRANSITION_NOT_ALLOWED. */
  readonly refusedIn?: Partial<Record<ApplicationStatus, Refusal>>;
  /** Preconditions on the application (these also decide `allowedActions`), in order. */
  readonly guards?: readonly ((state: LifecycleState) => Refusal | undefined)[];
  /** Preconditions on the action's input, in order. */
  readonly inputGuards?: readonly ((
    state: LifecycleState,
    input: ActionInput,
  ) => Refusal | undefined)[];
  /** Allowed but late when the predicate holds. */
  readonly late?: readonly {
    readonly flag: LateFlag;
    readonly when: (state: LifecycleState, input: ActionInput) => boolean;
  }[];
  /** The outcome the action fixes, if any (what statistics count). */
  readonly outcome?: (state: LifecycleState, input: ActionInput) => Outcome | undefined;
  /** Concludes the application (办结): its date is `concludedOn` in statistics. */
  readonly concludes?: boolean;
  /** The application fields the action changes besides its status. */
  readonly effect?: (state: LifecycleState, input: ActionInput) => Partial<LifecycleState>;
}

/** `a` strictly after `b`; an unknown date is never late (the clock has not set it yet). */
function after(a: LocalDate | undefined, b: LocalDate | undefined): boolean {
  return a !== undefined && b !== undefined && toEpochDay(a) > toEpochDay(b);
}

const {
  PENDING_CONFIRMATION,
  IN_PROGRESS,
  AWAITING_SUPPLEMENT,
  AWAITING_CONSULTATION,
  AWAITING_FEE,
  REPLIED,
  CLOSED,
  WITHDRAWN,
} = ApplicationStatus;

/** Before the reply: where withdrawal and reassignment are possible. */
const OPEN: readonly ApplicationStatus[] = [
  PENDING_CONFIRMATION,
  IN_PROGRESS,
  AWAITING_SUPPLEMENT,
  AWAITING_CONSULTATION,
  AWAITING_FEE,
];

/** Where the reply clock runs and the extension can be handled (not while awaiting a supplement:
 *  the clock restarts when it arrives). */
const CLOCK_RUNNING: readonly ApplicationStatus[] = [
  IN_PROGRESS,
  AWAITING_CONSULTATION,
  AWAITING_FEE,
];

const NOT_CONFIRMED: Refusal = {
  code: LifecycleErrorCode.RECEIPT_NOT_CONFIRMED,
  message: 'Confirm receipt of the application first (Art. 31).',
};
const SUPPLEMENT_ALREADY: Refusal = {
  code: LifecycleErrorCode.SUPPLEMENT_ALREADY_REQUESTED,
  message: 'A supplement may be requested only once, listing every defect (一次性告知, Art. 30).',
};
const FEE_NOTICE_ALREADY: Refusal = {
  code: LifecycleErrorCode.FEE_NOTICE_ALREADY_ISSUED,
  message: 'A fee notice has already been issued for this application.',
};

function replyDueKnown(state: LifecycleState): Refusal | undefined {
  return state.replyDueOn === undefined
    ? {
        code: LifecycleErrorCode.REPLY_DUE_DATE_UNKNOWN,
        message: 'The reply due date is not known yet.',
      }
    : undefined;
}

/** Art. 33(2) [U]: the extension must be decided and notified within the first period. */
function beforeReplyDue(state: LifecycleState): Refusal | undefined {
  return after(state.today, state.replyDueOn)
    ? {
        code: LifecycleErrorCode.EXTENSION_TOO_LATE,
        message: 'An extension must be requested and decided by the reply due date.',
      }
    : undefined;
}

/** Deemed withdrawal needs the applicant's deadline to have passed. */
function waitOver(state: LifecycleState): Refusal | undefined {
  if (state.status === AWAITING_SUPPLEMENT && !after(state.today, state.supplementDueOn)) {
    return {
      code: LifecycleErrorCode.SUPPLEMENT_NOT_OVERDUE,
      message: 'The supplement deadline has not passed (or is not recorded).',
    };
  }
  if (state.status === AWAITING_FEE && !after(state.today, state.feePaymentDueOn)) {
    return {
      code: LifecycleErrorCode.FEE_NOT_OVERDUE,
      message: 'The fee payment deadline has not passed (or is not recorded).',
    };
  }
  return undefined;
}

/**
 * The lifecycle as data: one rule per action. `checkAction` and `allowedActions` only read
 * this table; prisma-free-docs/lifecycle-outcomes-fees.md draws it.
 */
export const TRANSITIONS: Readonly<Record<ApplicationAction, TransitionRule>> = {
  [ApplicationAction.CONFIRM_RECEIPT]: {
    action: ApplicationAction.CONFIRM_RECEIPT,
    from: [PENDING_CONFIRMATION],
    to: IN_PROGRESS,
  },
  [ApplicationAction.ASSIGN]: {
    action: ApplicationAction.ASSIGN,
    from: [...OPEN, REPLIED],
    to: 'SAME',
  },
  [ApplicationAction.REQUEST_SUPPLEMENT]: {
    action: ApplicationAction.REQUEST_SUPPLEMENT,
    from: [IN_PROGRESS],
    to: AWAITING_SUPPLEMENT,
    refusedIn: { [PENDING_CONFIRMATION]: NOT_CONFIRMED, [AWAITING_SUPPLEMENT]: SUPPLEMENT_ALREADY },
    guards: [(s) => (s.supplementRequested ? SUPPLEMENT_ALREADY : undefined)],
    late: [
      {
        flag: LateFlag.SUPPLEMENT_NOTICE_LATE,
        when: (s) => after(s.today, s.supplementNoticeDueOn),
      },
    ],
    effect: () => ({ supplementRequested: true }),
  },
  [ApplicationAction.RECORD_SUPPLEMENT]: {
    action: ApplicationAction.RECORD_SUPPLEMENT,
    from: [AWAITING_SUPPLEMENT],
    to: IN_PROGRESS,
    late: [
      { flag: LateFlag.SUPPLEMENT_RECEIVED_LATE, when: (s) => after(s.today, s.supplementDueOn) },
    ],
  },
  [ApplicationAction.START_CONSULTATION]: {
    action: ApplicationAction.START_CONSULTATION,
    from: [IN_PROGRESS, AWAITING_CONSULTATION],
    to: AWAITING_CONSULTATION,
    refusedIn: { [PENDING_CONFIRMATION]: NOT_CONFIRMED },
    effect: (s) => ({ openConsultations: s.openConsultations + 1 }),
  },
  [ApplicationAction.RECORD_CONSULTATION_REPLY]: {
    action: ApplicationAction.RECORD_CONSULTATION_REPLY,
    from: [AWAITING_CONSULTATION],
    // Back to work when the last open consultation is answered.
    to: (s) => (s.openConsultations <= 1 ? IN_PROGRESS : AWAITING_CONSULTATION),
    refusedIn: {
      [IN_PROGRESS]: {
        code: LifecycleErrorCode.NO_OPEN_CONSULTATION,
        message: 'No consultation is open.',
      },
    },
    guards: [
      (s) =>
        s.openConsultations > 0
          ? undefined
          : { code: LifecycleErrorCode.NO_OPEN_CONSULTATION, message: 'No consultation is open.' },
    ],
    effect: (s) => ({ openConsultations: s.openConsultations - 1 }),
  },
  [ApplicationAction.REQUEST_EXTENSION]: {
    action: ApplicationAction.REQUEST_EXTENSION,
    from: CLOCK_RUNNING,
    to: 'SAME',
    refusedIn: { [PENDING_CONFIRMATION]: NOT_CONFIRMED },
    guards: [
      (s) =>
        s.extension === ExtensionStatus.NONE
          ? undefined
          : {
              code: LifecycleErrorCode.EXTENSION_ALREADY_USED,
              message: 'An application can be extended only once (Art. 33(2)).',
            },
      replyDueKnown,
      beforeReplyDue,
    ],
    effect: () => ({ extension: ExtensionStatus.REQUESTED }),
  },
  [ApplicationAction.DECIDE_EXTENSION]: {
    action: ApplicationAction.DECIDE_EXTENSION,
    from: CLOCK_RUNNING,
    to: 'SAME',
    refusedIn: { [PENDING_CONFIRMATION]: NOT_CONFIRMED },
    guards: [
      (s) => {
        if (s.extension === ExtensionStatus.REQUESTED) return undefined;
        return s.extension === ExtensionStatus.NONE
          ? {
              code: LifecycleErrorCode.EXTENSION_NOT_REQUESTED,
              message: 'No extension has been requested.',
            }
          : {
              code: LifecycleErrorCode.EXTENSION_ALREADY_USED,
              message: 'The extension was already decided.',
            };
      },
      replyDueKnown,
      beforeReplyDue,
    ],
    inputGuards: [
      (_s, input) =>
        typeof input.extensionApproved === 'boolean'
          ? undefined
          : {
              code: LifecycleErrorCode.EXTENSION_DECISION_REQUIRED,
              message: 'Say whether the extension is approved.',
            },
    ],
    effect: (_s, input) => ({
      extension: input.extensionApproved ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED,
    }),
  },
  [ApplicationAction.ISSUE_FEE_NOTICE]: {
    action: ApplicationAction.ISSUE_FEE_NOTICE,
    from: [IN_PROGRESS],
    to: AWAITING_FEE,
    refusedIn: { [PENDING_CONFIRMATION]: NOT_CONFIRMED, [AWAITING_FEE]: FEE_NOTICE_ALREADY },
    guards: [(s) => (s.feeNoticeIssued ? FEE_NOTICE_ALREADY : undefined)],
    late: [{ flag: LateFlag.FEE_NOTICE_LATE, when: (s) => after(s.today, s.replyDueOn) }],
    effect: () => ({ feeNoticeIssued: true }),
  },
  [ApplicationAction.RECORD_FEE_PAYMENT]: {
    action: ApplicationAction.RECORD_FEE_PAYMENT,
    from: [AWAITING_FEE],
    to: IN_PROGRESS,
    late: [{ flag: LateFlag.FEE_PAID_LATE, when: (s) => after(s.today, s.feePaymentDueOn) }],
  },
  [ApplicationAction.ISSUE_REPLY]: {
    action: ApplicationAction.ISSUE_REPLY,
    from: [IN_PROGRESS],
    to: REPLIED,
    refusedIn: {
      [PENDING_CONFIRMATION]: NOT_CONFIRMED,
      [AWAITING_SUPPLEMENT]: {
        code: LifecycleErrorCode.SUPPLEMENT_PENDING,
        message: 'Record the supplement, or close the application as deemed withdrawn.',
      },
      [AWAITING_CONSULTATION]: {
        code: LifecycleErrorCode.CONSULTATION_OPEN,
        message: 'Record the answer (or the silence) of every open consultation first.',
      },
      [AWAITING_FEE]: {
        code: LifecycleErrorCode.FEE_NOT_PAID,
        message: 'The fee has not been paid.',
      },
    },
    inputGuards: [
      (_s, { outcome }) =>
        outcome === undefined
          ? { code: LifecycleErrorCode.OUTCOME_REQUIRED, message: 'A reply needs an outcome.' }
          : undefined,
      (_s, { outcome }) =>
        isOutcome(outcome)
          ? undefined
          : { code: LifecycleErrorCode.UNKNOWN_OUTCOME, message: 'Unknown outcome.' },
      (_s, { outcome }) =>
        outcome === Outcome.OTHER_NO_SUPPLEMENT || outcome === Outcome.OTHER_FEE_UNPAID
          ? {
              code: LifecycleErrorCode.OUTCOME_NOT_ALLOWED,
              message:
                'Deemed withdrawal is recorded with closeAsDeemedWithdrawn, not with a reply.',
            }
          : undefined,
      (s, { outcome }) =>
        outcome === Outcome.UNAVAILABLE_STILL_UNCLEAR && !s.supplementRequested
          ? {
              code: LifecycleErrorCode.OUTCOME_NOT_ALLOWED,
              message:
                '"Still unclear after supplement" needs a supplement request first (Art. 30).',
            }
          : undefined,
    ],
    late: [{ flag: LateFlag.REPLY_ISSUED_LATE, when: (s) => after(s.today, s.replyDueOn) }],
    outcome: (_s, input) => input.outcome,
  },
  [ApplicationAction.RECORD_SERVICE]: {
    action: ApplicationAction.RECORD_SERVICE,
    from: [REPLIED],
    to: CLOSED,
    inputGuards: [
      (s, { servedOn }) =>
        servedOn === undefined || (isLocalDate(servedOn) && !after(servedOn, s.today))
          ? undefined
          : {
              code: LifecycleErrorCode.SERVICE_DATE_INVALID,
              message: 'The service date must be a date YYYY-MM-DD, not in the future.',
            },
    ],
    late: [
      {
        flag: LateFlag.REPLY_SERVED_LATE,
        when: (s, i) => after(i.servedOn ?? s.today, s.replyDueOn),
      },
    ],
    concludes: true,
  },
  [ApplicationAction.WITHDRAW]: {
    action: ApplicationAction.WITHDRAW,
    from: OPEN,
    to: WITHDRAWN,
    // Counted in （六）3 其他 (regulation.md §3.2 [U]); open consultations lapse.
    outcome: () => Outcome.OTHER,
    concludes: true,
    effect: () => ({ openConsultations: 0 }),
  },
  [ApplicationAction.CLOSE_AS_DEEMED_WITHDRAWN]: {
    action: ApplicationAction.CLOSE_AS_DEEMED_WITHDRAWN,
    from: [AWAITING_SUPPLEMENT, AWAITING_FEE],
    to: CLOSED,
    guards: [waitOver],
    inputGuards: [
      (_s, { deemedWithdrawnReason: reason }) =>
        reason === DeemedWithdrawnReason.NO_SUPPLEMENT ||
        reason === DeemedWithdrawnReason.FEE_UNPAID
          ? undefined
          : {
              code: LifecycleErrorCode.DEEMED_WITHDRAWN_REASON_REQUIRED,
              message: 'Say why: NO_SUPPLEMENT or FEE_UNPAID.',
            },
      (s, { deemedWithdrawnReason: reason }) =>
        reason !== undefined && DEEMED_WITHDRAWN_FROM[reason] === s.status
          ? undefined
          : {
              code: LifecycleErrorCode.TRANSITION_NOT_ALLOWED,
              message: `This reason does not fit an application that is ${s.status}.`,
            },
    ],
    outcome: (_s, { deemedWithdrawnReason: reason }) =>
      reason === undefined ? undefined : DEEMED_WITHDRAWN_OUTCOMES[reason],
    concludes: true,
  },
  [ApplicationAction.RECORD_REVIEW]: {
    action: ApplicationAction.RECORD_REVIEW,
    // A reconsideration or lawsuit challenges a decision: a reply, or a deemed-withdrawal closing.
    from: [REPLIED, CLOSED],
    to: 'SAME',
  },
};
