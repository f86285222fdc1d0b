import { ApplicationStatus } from './application-status.js';
import { Channel, CHANNEL_LABELS, LetterKind } from './channel.js';
import { initialStatus } from './initial-status.js';
import { determineLegalReceiptDate, type ReceiptEvidence } from './legal-receipt-date.js';

describe('determineLegalReceiptDate (Art. 31)', () => {
  it('in person: the day of submission, and the clock starts at once', () => {
    const receipt = determineLegalReceiptDate({
      channel: Channel.IN_PERSON,
      arrivedOn: '2024-09-27',
    });
    expect(receipt).toMatchObject({
      status: 'RECEIVED',
      legalReceiptDate: '2024-09-27',
      article: '31(1)',
    });
    expect(receipt.explanation).toContain('当面提交');
    expect(receipt.explanation).toContain('第三十一条第（一）项');
    expect(initialStatus(receipt)).toBe(ApplicationStatus.IN_PROGRESS);
  });

  it('registered post: the day the agency signed for it, not the day it was posted or opened', () => {
    const receipt = determineLegalReceiptDate({
      channel: Channel.LETTER,
      letterKind: LetterKind.REGISTERED,
      arrivedOn: '2024-02-05',
      signedForOn: '2024-02-06',
    });
    expect(receipt).toMatchObject({
      status: 'RECEIVED',
      legalReceiptDate: '2024-02-06',
      article: '31(2)',
    });
    expect(receipt.explanation).toContain('签收之日 2024-02-06');
  });

  it('ordinary letter: awaits confirmation, then takes the confirmation day and says why it differs', () => {
    const letter: ReceiptEvidence = {
      channel: Channel.LETTER,
      letterKind: LetterKind.ORDINARY,
      arrivedOn: '2024-04-29',
    };
    const waiting = determineLegalReceiptDate(letter);
    expect(waiting).toMatchObject({ status: 'AWAITING_CONFIRMATION', article: '31(2)' });
    expect(waiting.explanation).toContain('尚未确认');
    expect(initialStatus(waiting)).toBe(ApplicationStatus.PENDING_CONFIRMATION);

    const sameDay = determineLegalReceiptDate({ ...letter, confirmedOn: '2024-04-29' });
    expect(sameDay).toMatchObject({ status: 'RECEIVED', legalReceiptDate: '2024-04-29' });
    expect(sameDay.explanation).not.toContain('未能确认');

    const reachedLater = determineLegalReceiptDate({ ...letter, confirmedOn: '2024-04-30' });
    expect(reachedLater).toMatchObject({ status: 'RECEIVED', legalReceiptDate: '2024-04-30' });
    expect(reachedLater.explanation).toContain('申请于 2024-04-29 到达，当日未能确认');
  });

  it.each([Channel.ONLINE, Channel.FAX])('%s: the day both sides confirmed', (channel) => {
    expect(determineLegalReceiptDate({ channel, arrivedOn: '2024-05-01' })).toMatchObject({
      status: 'AWAITING_CONFIRMATION',
      article: '31(3)',
    });
    const receipt = determineLegalReceiptDate({
      channel,
      arrivedOn: '2024-05-01',
      confirmedOn: '2024-05-06',
    });
    expect(receipt).toMatchObject({
      status: 'RECEIVED',
      legalReceiptDate: '2024-05-06',
      article: '31(3)',
    });
    expect(receipt.explanation).toContain('双方确认之日 2024-05-06');
  });

  it.each<[string, ReceiptEvidence, string]>([
    [
      'in person without a date',
      { channel: Channel.IN_PERSON },
      'APPLICATION.RECEIPT_EVIDENCE_MISSING',
    ],
    [
      'registered post not signed for',
      { channel: Channel.LETTER, letterKind: LetterKind.REGISTERED, arrivedOn: '2024-01-02' },
      'APPLICATION.RECEIPT_EVIDENCE_MISSING',
    ],
    [
      'a letter of no kind',
      { channel: Channel.LETTER, arrivedOn: '2024-01-02' },
      'APPLICATION.RECEIPT_EVIDENCE_MISSING',
    ],
    [
      'a malformed date',
      { channel: Channel.IN_PERSON, arrivedOn: '2024-1-2' },
      'APPLICATION.RECEIPT_EVIDENCE_MISSING',
    ],
    [
      'an unknown channel',
      { channel: 'PIGEON' as Channel, arrivedOn: '2024-01-02' },
      'APPLICATION.UNKNOWN_CHANNEL',
    ],
    [
      'confirmed before arrival',
      { channel: Channel.ONLINE, arrivedOn: '2024-01-03', confirmedOn: '2024-01-02' },
      'APPLICATION.RECEIPT_EVIDENCE_INCONSISTENT',
    ],
  ])('refuses %s', (_name, evidence, code) => {
    expect(() => determineLegalReceiptDate(evidence)).toThrow(expect.objectContaining({ code }));
  });

  it('labels the four channels as the quarterly breakdown does', () => {
    expect(Object.values(CHANNEL_LABELS)).toEqual(['当面', '信函（邮寄）', '网络', '传真']);
  });
});
