import type { NoticeTopic, OutboxTopics } from '@gongkai/data';
import { composeApplicantSignup, composePasswordReset } from './account-notices.js';
import { composeAcknowledgment, composeReceiptConfirmed } from './applicant-notices.js';
import type { ComposeContext, NoticeDraft } from './notice-draft.js';
import {
  composeConsultationRequest,
  composeDeemedWithdrawn,
  composeExtensionNotice,
  composeFeeNotice,
  composeReplyIssued,
  composeSupplementReceived,
  composeSupplementRequest,
  composeWithdrawn,
} from './processing-notices.js';
import { composeStatisticsPublished } from './staff-notices.js';

type Composer<T extends NoticeTopic> = (
  context: ComposeContext,
  payload: OutboxTopics[T],
) => Promise<NoticeDraft[]>;

/**
 * What each notice topic sends, built from the current data when the job runs. The account topics
 * (`account.*`) go to identity's processor instead (the relay's `OUTBOX_TOPIC_JOBS`).
 */
export const NOTICE_COMPOSERS: { readonly [T in NoticeTopic]: Composer<T> } = {
  'mail.acknowledgment': composeAcknowledgment,
  'mail.receipt-confirmed': composeReceiptConfirmed,
  'mail.supplement-request': composeSupplementRequest,
  'mail.supplement-received': composeSupplementReceived,
  'mail.consultation-request': composeConsultationRequest,
  'mail.extension-notice': composeExtensionNotice,
  'mail.fee-notice': composeFeeNotice,
  'mail.reply-issued': composeReplyIssued,
  'mail.deemed-withdrawn': composeDeemedWithdrawn,
  'mail.withdrawn': composeWithdrawn,
  'mail.statistics-published': composeStatisticsPublished,
  'mail.password-reset': composePasswordReset,
  'mail.applicant-signup': composeApplicantSignup,
};

export function composerFor(topic: string): Composer<NoticeTopic> | undefined {
  return Object.hasOwn(NOTICE_COMPOSERS, topic)
    ? (NOTICE_COMPOSERS[topic as NoticeTopic] as Composer<NoticeTopic>)
    : undefined;
}
