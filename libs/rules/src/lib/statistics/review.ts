/** Table 四's three groups: 行政复议, and 行政诉讼 split by whether a reconsideration came first. */
export enum ReviewKind {
  RECONSIDERATION = 'RECONSIDERATION',
  LITIGATION_DIRECT = 'LITIGATION_DIRECT',
  LITIGATION_AFTER_RECONSIDERATION = 'LITIGATION_AFTER_RECONSIDERATION',
}

export const REVIEW_KINDS: readonly ReviewKind[] = [
  ReviewKind.RECONSIDERATION,
  ReviewKind.LITIGATION_DIRECT,
  ReviewKind.LITIGATION_AFTER_RECONSIDERATION,
];

export const REVIEW_KIND_LABELS: Readonly<Record<ReviewKind, string>> = {
  [ReviewKind.RECONSIDERATION]: '行政复议',
  [ReviewKind.LITIGATION_DIRECT]: '未经复议直接起诉',
  [ReviewKind.LITIGATION_AFTER_RECONSIDERATION]: '复议后起诉',
};

export enum ReviewResult {
  UPHELD = 'UPHELD',
  CORRECTED = 'CORRECTED',
  OTHER = 'OTHER',
  PENDING = 'PENDING',
}

export const REVIEW_RESULTS: readonly ReviewResult[] = [
  ReviewResult.UPHELD,
  ReviewResult.CORRECTED,
  ReviewResult.OTHER,
  ReviewResult.PENDING,
];

export const REVIEW_RESULT_LABELS: Readonly<Record<ReviewResult, string>> = {
  [ReviewResult.UPHELD]: '结果维持',
  [ReviewResult.CORRECTED]: '结果纠正',
  [ReviewResult.OTHER]: '其他结果',
  [ReviewResult.PENDING]: '尚未审结',
};

/** One administrative reconsideration or lawsuit about an application, as counted in table 四. */
export interface ReviewFacts {
  readonly kind: ReviewKind;
  readonly result: ReviewResult;
}
