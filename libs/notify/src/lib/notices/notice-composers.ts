import type { OutboxTopic, OutboxTopics } from '@gongkai/data';
import { composeAcknowledgment, composeReceiptConfirmed } from './applicant-notices.js';
import type { ComposeContext, NoticeDraft } from './notice-draft.js';

type Composer<T extends OutboxTopic> = (
  context: ComposeContext,
  payload: OutboxTopics[T],
) => Promise<NoticeDraft[]>;

/** What each outbox topic sends, built from the current data when the job runs. */
export const NOTICE_COMPOSERS: { readonly [T in OutboxTopic]?: Composer<T> } = {
  'mail.acknowledgment': composeAcknowledgment,
  'mail.receipt-confirmed': composeReceiptConfirmed,
};

export function composerFor(topic: string): Composer<OutboxTopic> | undefined {
  return Object.hasOwn(NOTICE_COMPOSERS, topic)
    ? (NOTICE_COMPOSERS[topic as OutboxTopic] as Composer<OutboxTopic>)
    : undefined;
}
