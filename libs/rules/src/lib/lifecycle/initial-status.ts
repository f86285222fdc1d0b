import { ApplicationStatus } from './application-status.js';
import type { LegalReceipt } from './legal-receipt-date.js';

/**
 * The status a newly registered or submitted application starts in: with a legal receipt date
 * its clock runs at once; otherwise it waits for the Art. 31 confirmation.
 */
export function initialStatus(receipt: LegalReceipt): ApplicationStatus {
  return receipt.status === 'RECEIVED'
    ? ApplicationStatus.IN_PROGRESS
    : ApplicationStatus.PENDING_CONFIRMATION;
}
