/** What can be done to an application; values are the use-case / mutation names of the API. */
export enum ApplicationAction {
  CONFIRM_RECEIPT = 'confirmReceipt',
  ASSIGN = 'assign',
  REQUEST_SUPPLEMENT = 'requestSupplement',
  RECORD_SUPPLEMENT = 'recordSupplement',
  START_CONSULTATION = 'startConsultation',
  RECORD_CONSULTATION_REPLY = 'recordConsultationReply',
  REQUEST_EXTENSION = 'requestExtension',
  DECIDE_EXTENSION = 'decideExtension',
  ISSUE_FEE_NOTICE = 'issueFeeNotice',
  RECORD_FEE_PAYMENT = 'recordFeePayment',
  ISSUE_REPLY = 'issueReply',
  RECORD_SERVICE = 'recordService',
  WITHDRAW = 'withdraw',
  CLOSE_AS_DEEMED_WITHDRAWN = 'closeAsDeemedWithdrawn',
  RECORD_REVIEW = 'recordReview',
}

export const APPLICATION_ACTIONS: readonly ApplicationAction[] = Object.values(ApplicationAction);

export function isApplicationAction(value: unknown): value is ApplicationAction {
  return typeof value === 'string' && (APPLICATION_ACTIONS as readonly string[]).includes(value);
}
