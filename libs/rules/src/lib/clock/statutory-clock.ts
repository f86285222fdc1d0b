import type { LocalDate } from '../date/local-date.js';
import type { ClockConsultation } from './statutory-clock-input.js';

/**
 * - `RUNNING`: counting.
 * - `PAUSED`: a consultation or the fee wait is open; due dates are projected as if it ended
 *   today and move one working day later for each further paused working day.
 * - `AWAITING_SUPPLEMENT`: a 补正 request is open; the period will restart when the supplement
 *   arrives, so due dates are projected from today as the base date.
 * - `AWAITING_SERVICE`: the reply is issued but not yet served; the period runs on, since the
 *   deadline is met on the day of service.
 * - `STOPPED`: concluded (served, withdrawn, deemed withdrawn); everything is read on the
 *   conclusion day, so days used and `overdue` no longer change.
 */
export type ClockState =
  'RUNNING' | 'PAUSED' | 'AWAITING_SUPPLEMENT' | 'AWAITING_SERVICE' | 'STOPPED';

/**
 * The calendar days a pause covers: `from` is the day after the consultation (or fee notice)
 * was sent, `to` the day its answer (or payment) came, capped at the answer (payment) due date.
 * `to < from` is an empty pause (answered the day it was sent).
 */
export interface ClockPause {
  /** `consultation:<id>` or `fee-wait`; explanation days name it in `pausedBy`. */
  readonly id: string;
  readonly cause: 'CONSULTATION' | 'FEE_WAIT';
  readonly from: LocalDate;
  readonly to: LocalDate;
  /**
   * `CLOSED`: answered or paid. `OPEN`: still awaited, projected to end today. `LAPSED`: not
   * answered by the answer due date; the pause ended there and the clock runs again.
   */
  readonly state: 'CLOSED' | 'OPEN' | 'LAPSED';
  /** Working days of the pause after the base date (before merging with other pauses). */
  readonly workingDays: number;
}

export interface ClockConsultationResult {
  readonly id: string;
  readonly kind: ClockConsultation['kind'];
  /** 15th working day after the consulted party received the request; null while unknown. */
  readonly answerDueOn: LocalDate | null;
  readonly pause: ClockPause;
}

export interface ClockFeeNoticeResult {
  /** 20th working day after the applicant received the notice; null while unknown. */
  readonly paymentDueOn: LocalDate | null;
  /** Null when the fee wait does not pause the clock. */
  readonly pause: ClockPause | null;
}

export type ExplanationDayKind =
  'COUNTED' | 'MAKE_UP_WORKING_DAY' | 'WEEKEND' | 'HOLIDAY' | 'PAUSED';

/** One day of the explanation; optional fields are left out when they do not apply. */
export interface ExplanationDay {
  readonly date: LocalDate;
  readonly kind: ExplanationDayKind;
  /** Ordinal of a counted day (COUNTED and MAKE_UP_WORKING_DAY). */
  readonly n?: number;
  /** Holiday or make-up day name. */
  readonly name?: string;
  /** Pause ids that cover a PAUSED day. */
  readonly pausedBy?: readonly string[];
  /** Set when no loaded notice covers the day. */
  readonly provisional?: true;
}

export type ProvisionalField =
  | 'supplementNoticeDueOn'
  | 'replyDueOn'
  | 'extendedReplyDueOn'
  | 'consultations'
  | 'feeNotice'
  | 'countedWorkingDaysUsed';

export interface StatutoryClock {
  readonly state: ClockState;
  readonly receivedOn: LocalDate;
  /** 7th working day after the original receipt (Art. 30). */
  readonly supplementNoticeDueOn: LocalDate;
  /** The receipt date, or the latest supplement's receipt date (today while one is awaited). */
  readonly baseDate: LocalDate;
  /** 20th counted working day after the base date. */
  readonly replyDueOn: LocalDate;
  /** 40th counted working day after the base date. */
  readonly extendedReplyDueOn: LocalDate;
  /** The due date in force: the 40th when an extension is approved, else the 20th. */
  readonly effectiveReplyDueOn: LocalDate;
  readonly extended: boolean;
  /** The extension was approved after the 20-day period had run out (it should come inside it). */
  readonly extensionApprovedLate: boolean;
  readonly consultations: readonly ClockConsultationResult[];
  readonly feeNotice: ClockFeeNoticeResult | null;
  /** 20, or 40 with an extension. */
  readonly countedWorkingDaysLimit: number;
  /** Counted working days from the day after the base date through today. */
  readonly countedWorkingDaysUsed: number;
  /** `limit - used`, never below 0. */
  readonly countedWorkingDaysRemaining: number;
  /** Today is after the effective due date (a reply served on the due date is in time). */
  readonly overdue: boolean;
  /** Some computed date rests on a day that no loaded notice covers (Mon–Fri fallback). */
  readonly provisional: boolean;
  readonly provisionalFields: readonly ProvisionalField[];
  /** Every day after the base date through the effective due date. */
  readonly explanation: readonly ExplanationDay[];
}
