/** How an application arrived (Art. 29, Art. 31); decides how its legal receipt date is fixed. */
export enum Channel {
  IN_PERSON = 'IN_PERSON',
  LETTER = 'LETTER',
  ONLINE = 'ONLINE',
  FAX = 'FAX',
}

export const CHANNELS: readonly Channel[] = [
  Channel.IN_PERSON,
  Channel.LETTER,
  Channel.ONLINE,
  Channel.FAX,
];

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  [Channel.IN_PERSON]: '当面',
  [Channel.LETTER]: '信函（邮寄）',
  [Channel.ONLINE]: '网络',
  [Channel.FAX]: '传真',
};

/** Art. 31(2) treats post that needs a signature differently from ordinary letters. */
export enum LetterKind {
  /** 挂号信、EMS 等需要签收的邮件. */
  REGISTERED = 'REGISTERED',
  /** 平常信函等无需签收的邮件. */
  ORDINARY = 'ORDINARY',
}

export const LETTER_KIND_LABELS: Readonly<Record<LetterKind, string>> = {
  [LetterKind.REGISTERED]: '需要签收的邮件',
  [LetterKind.ORDINARY]: '平常信函',
};
