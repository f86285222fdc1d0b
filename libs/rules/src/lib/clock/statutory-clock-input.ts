import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { LocalDate } from '../date/local-date.js';

/** A 补正 request; its receipt restarts the reply period. */
export interface ClockSupplement {
  readonly requestedOn: LocalDate;
  /** The day the supplemented application was received; absent while it is awaited. */
  readonly receivedOn?: LocalDate;
}

/** A consultation of a third party (Art. 32) or another agency (Art. 34). */
export interface ClockConsultation {
  /** Stable id (the consultation's row id); explanation days refer to it. */
  readonly id: string;
  readonly kind: 'THIRD_PARTY' | 'OTHER_AGENCY';
  /** The day the 征求意见书 was sent. */
  readonly startedOn: LocalDate;
  /** The day the consulted party received it; starts its 15 working days. */
  readonly partyReceivedOn?: LocalDate;
  /** The day the answer reached the agency; absent while awaited. */
  readonly answeredOn?: LocalDate;
}

/** A 收费通知 (information processing fee notice). */
export interface ClockFeeNotice {
  readonly issuedOn: LocalDate;
  /** The day the applicant received it; starts the 20 working days to pay. */
  readonly receivedOn?: LocalDate;
  readonly paidOn?: LocalDate;
}

export interface StatutoryClockInput {
  readonly calendar: WorkingDayCalendar;
  /** The date the clock is read on (Asia/Shanghai); used for days used, overdue and open pauses. */
  readonly today: LocalDate;
  /** The legal receipt date (收到申请之日, Art. 31). */
  readonly receivedOn: LocalDate;
  readonly supplements?: readonly ClockSupplement[];
  readonly consultations?: readonly ClockConsultation[];
  /** The day the supervisor approved the extension (Art. 33(2)); absent when none was approved. */
  readonly extensionApprovedOn?: LocalDate;
  readonly feeNotice?: ClockFeeNotice;
  /**
   * The day the reply was issued. Until it is served the period still runs (the deadline is met
   * on the day of service, regulation.md §2): the state is `AWAITING_SERVICE`.
   */
  readonly repliedOn?: LocalDate;
  /**
   * The day the application was concluded (served, withdrawn, deemed withdrawn). The clock stops
   * there: it is read on that day instead of `today`, and the state is `STOPPED`.
   */
  readonly concludedOn?: LocalDate;
  /**
   * Whether the wait for the fee payment is left out of the reply period. The regulation only
   * excludes consultation time (Art. 33(3)); the fee measures are not verified on this point,
   * so it is a setting, on by default (regulation.md §4).
   */
  readonly feeWaitPausesClock?: boolean;
}
