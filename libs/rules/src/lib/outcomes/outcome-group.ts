/** The numbered result groups （一）…（六） of table 三; a group holds one or more outcomes. */
export enum OutcomeGroup {
  GRANTED = 'GRANTED',
  PARTIALLY_GRANTED = 'PARTIALLY_GRANTED',
  WITHHELD = 'WITHHELD',
  UNAVAILABLE = 'UNAVAILABLE',
  NOT_PROCESSED = 'NOT_PROCESSED',
  OTHER = 'OTHER',
}

export const OUTCOME_GROUPS: readonly OutcomeGroup[] = [
  OutcomeGroup.GRANTED,
  OutcomeGroup.PARTIALLY_GRANTED,
  OutcomeGroup.WITHHELD,
  OutcomeGroup.UNAVAILABLE,
  OutcomeGroup.NOT_PROCESSED,
  OutcomeGroup.OTHER,
];

/** Group cell labels exactly as printed in table 三 (both templates). */
export const OUTCOME_GROUP_LABELS: Readonly<Record<OutcomeGroup, string>> = {
  [OutcomeGroup.GRANTED]: '（一）予以公开',
  [OutcomeGroup.PARTIALLY_GRANTED]: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  [OutcomeGroup.WITHHELD]: '（三）不予公开',
  [OutcomeGroup.UNAVAILABLE]: '（四）无法提供',
  [OutcomeGroup.NOT_PROCESSED]: '（五）不予处理',
  [OutcomeGroup.OTHER]: '（六）其他处理',
};
