import { Outcome } from '../outcomes/outcome.js';
import { ApplicationStatus } from './application-status.js';

/** Why an application is deemed withdrawn (视为放弃申请) and closed without a reply. */
export enum DeemedWithdrawnReason {
  /** Art. 30: no supplement by the deadline without good reason. */
  NO_SUPPLEMENT = 'NO_SUPPLEMENT',
  /** FEE: fee not paid within 20 working days of the notice. */
  FEE_UNPAID = 'FEE_UNPAID',
}

export const DEEMED_WITHDRAWN_OUTCOMES: Readonly<Record<DeemedWithdrawnReason, Outcome>> = {
  [DeemedWithdrawnReason.NO_SUPPLEMENT]: Outcome.OTHER_NO_SUPPLEMENT,
  [DeemedWithdrawnReason.FEE_UNPAID]: Outcome.OTHER_FEE_UNPAID,
};

/** The wait each reason ends: a closing is only possible from that status. */
export const DEEMED_WITHDRAWN_FROM: Readonly<Record<DeemedWithdrawnReason, ApplicationStatus>> = {
  [DeemedWithdrawnReason.NO_SUPPLEMENT]: ApplicationStatus.AWAITING_SUPPLEMENT,
  [DeemedWithdrawnReason.FEE_UNPAID]: ApplicationStatus.AWAITING_FEE,
};
