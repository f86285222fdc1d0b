import { DomainError } from '../errors/domain-error.js';
import { isLocalDate, type LocalDate } from '../date/local-date.js';
import { Channel, LetterKind } from './channel.js';
import { LifecycleErrorCode } from './lifecycle-error-code.js';

/** The receipt facts the officer or the portal records (DESIGN.md §4). */
export interface ReceiptEvidence {
  readonly channel: Channel;
  /** Required for `LETTER`. */
  readonly letterKind?: LetterKind;
  /** Physical arrival: the day of submission in person or online, the day a letter or fax arrived. */
  readonly arrivedOn?: LocalDate;
  /** Registered post: the day the agency signed for it (签收). */
  readonly signedForOn?: LocalDate;
  /** Ordinary letter, online, fax: the day receipt was confirmed with the applicant (确认). */
  readonly confirmedOn?: LocalDate;
}

export type ReceiptArticle = '31(1)' | '31(2)' | '31(3)';

export type LegalReceipt =
  | {
      readonly status: 'RECEIVED';
      readonly legalReceiptDate: LocalDate;
      /** The clause of Art. 31 applied. */
      readonly article: ReceiptArticle;
      /** For the officer, in the words of the regulation. */
      readonly explanation: string;
    }
  | {
      readonly status: 'AWAITING_CONFIRMATION';
      readonly article: ReceiptArticle;
      readonly explanation: string;
    };

const CITATION: Readonly<Record<ReceiptArticle, string>> = {
  '31(1)': '《政府信息公开条例》第三十一条第（一）项',
  '31(2)': '《政府信息公开条例》第三十一条第（二）项',
  '31(3)': '《政府信息公开条例》第三十一条第（三）项',
};

function required(evidence: ReceiptEvidence, field: 'arrivedOn' | 'signedForOn'): LocalDate {
  const value = evidence[field];
  if (value === undefined || !isLocalDate(value)) {
    throw new DomainError(
      LifecycleErrorCode.RECEIPT_EVIDENCE_MISSING,
      `This channel needs ${field} as a date YYYY-MM-DD.`,
      { channel: evidence.channel, field },
    );
  }
  return value;
}

/** Confirmation-based channels: the confirmation day, once there is one. */
function byConfirmation(
  evidence: ReceiptEvidence,
  article: ReceiptArticle,
  how: string,
  whose: string,
): LegalReceipt {
  const { confirmedOn, arrivedOn } = evidence;
  if (confirmedOn === undefined) {
    return {
      status: 'AWAITING_CONFIRMATION',
      article,
      explanation: `${how}，须经${whose}后方能确定收到申请之日（${CITATION[article]}），尚未确认。`,
    };
  }
  const fields = { channel: evidence.channel, confirmedOn, arrivedOn };
  if (!isLocalDate(confirmedOn) || (arrivedOn !== undefined && !isLocalDate(arrivedOn))) {
    throw new DomainError(
      LifecycleErrorCode.RECEIPT_EVIDENCE_MISSING,
      'Receipt dates must be YYYY-MM-DD.',
      fields,
    );
  }
  if (arrivedOn !== undefined && confirmedOn < arrivedOn) {
    throw new DomainError(
      LifecycleErrorCode.RECEIPT_EVIDENCE_INCONSISTENT,
      'Receipt cannot be confirmed before the application arrived.',
      fields,
    );
  }
  // I2015: when the applicant cannot be reached on arrival, the clock starts on the day contact is made.
  const later =
    arrivedOn !== undefined && confirmedOn > arrivedOn
      ? `申请于 ${arrivedOn} 到达，当日未能确认；`
      : '';
  return {
    status: 'RECEIVED',
    legalReceiptDate: confirmedOn,
    article,
    explanation: `${how}，${later}以${whose}之日 ${confirmedOn} 为收到申请之日（${CITATION[article]}）。`,
  };
}

/**
 * The legal receipt date (收到申请之日) of Art. 31 from the channel and the evidence:
 * in person → the day of submission; post needing a signature → the day signed for;
 * ordinary letter → the day receipt was confirmed with the applicant; online or fax → the day
 * both sides confirmed. Until a needed confirmation exists the answer is AWAITING_CONFIRMATION.
 */
export function determineLegalReceiptDate(evidence: ReceiptEvidence): LegalReceipt {
  switch (evidence.channel) {
    case Channel.IN_PERSON: {
      const submittedOn = required(evidence, 'arrivedOn');
      return {
        status: 'RECEIVED',
        legalReceiptDate: submittedOn,
        article: '31(1)',
        explanation: `当面提交，以提交之日 ${submittedOn} 为收到申请之日（${CITATION['31(1)']}）。`,
      };
    }
    case Channel.LETTER:
      if (evidence.letterKind === LetterKind.REGISTERED) {
        const signedForOn = required(evidence, 'signedForOn');
        return {
          status: 'RECEIVED',
          legalReceiptDate: signedForOn,
          article: '31(2)',
          explanation: `以需要签收的邮件提交，以行政机关签收之日 ${signedForOn} 为收到申请之日（${CITATION['31(2)']}）。`,
        };
      }
      if (evidence.letterKind === LetterKind.ORDINARY) {
        return byConfirmation(
          evidence,
          '31(2)',
          '以平常信函提交',
          '政府信息公开工作机构与申请人确认',
        );
      }
      throw new DomainError(
        LifecycleErrorCode.RECEIPT_EVIDENCE_MISSING,
        'A letter must be marked registered or ordinary.',
        { channel: evidence.channel, field: 'letterKind' },
      );
    case Channel.ONLINE:
      return byConfirmation(evidence, '31(3)', '通过互联网渠道提交', '双方确认');
    case Channel.FAX:
      return byConfirmation(evidence, '31(3)', '通过传真提交', '双方确认');
    default:
      throw new DomainError(LifecycleErrorCode.UNKNOWN_CHANNEL, 'Unknown channel.', {
        channel: String(evidence.channel),
      });
  }
}
