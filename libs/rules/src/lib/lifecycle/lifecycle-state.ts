import type { LocalDate } from '../date/local-date.js';
import type { Outcome } from '../outcomes/outcome.js';
import type { ApplicationStatus } from './application-status.js';
import type { DeemedWithdrawnReason } from './deemed-withdrawn-reason.js';
import type { ExtensionStatus } from './extension-status.js';

/**
 * Everything the lifecycle rules look at, as plain data read from the application. The dates
 * come from the clock (libs/rules `clock`); the lifecycle never computes them.
 */
export interface LifecycleState {
  readonly status: ApplicationStatus;
  /** The legal date (Asia/Shanghai) the action is taken on. */
  readonly today: LocalDate;
  /** A supplement request was ever sent (一次性告知: only one is allowed). */
  readonly supplementRequested: boolean;
  readonly extension: ExtensionStatus;
  /** Consultations (third party or other agency) sent and not yet answered or closed. */
  readonly openConsultations: number;
  readonly feeNoticeIssued: boolean;
  /** The current reply due date (20th or, extended, 40th working day, pauses excluded). */
  readonly replyDueOn?: LocalDate;
  /** 7th working day after the original receipt: the last day for a supplement request. */
  readonly supplementNoticeDueOn?: LocalDate;
  /** The deadline the supplement request gave the applicant. */
  readonly supplementDueOn?: LocalDate;
  /** 20th working day after the applicant received the fee notice. */
  readonly feePaymentDueOn?: LocalDate;
}

/** The inputs some actions need; the others ignore it. */
export interface ActionInput {
  /** `issueReply`: the decision. */
  readonly outcome?: Outcome;
  /** `decideExtension`: the supervisor's decision. */
  readonly extensionApproved?: boolean;
  /** `closeAsDeemedWithdrawn`: why. */
  readonly deemedWithdrawnReason?: DeemedWithdrawnReason;
  /** `recordService`: the service date (signature, or handed to the post); defaults to today. */
  readonly servedOn?: LocalDate;
}
