/**
 * An action the law still allows but that comes after its time limit. It is recorded, shown to
 * supervisors and counted in the quarterly on-time figures; it never blocks the action.
 */
export enum LateFlag {
  /** Art. 30: the supplement request should go out within 7 working days of receipt. */
  SUPPLEMENT_NOTICE_LATE = 'SUPPLEMENT_NOTICE_LATE',
  /** The applicant supplemented after the deadline in the notice (accepted if with good reason). */
  SUPPLEMENT_RECEIVED_LATE = 'SUPPLEMENT_RECEIVED_LATE',
  /** FEE: the fee notice must be sent within the processing period. */
  FEE_NOTICE_LATE = 'FEE_NOTICE_LATE',
  /** Paid after the 20-working-day payment window. */
  FEE_PAID_LATE = 'FEE_PAID_LATE',
  /** The reply was issued after the reply due date. */
  REPLY_ISSUED_LATE = 'REPLY_ISSUED_LATE',
  /** I2016: the time limit is met on the service date; served after the due date. */
  REPLY_SERVED_LATE = 'REPLY_SERVED_LATE',
}
