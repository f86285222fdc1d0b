import type { ReviewKind, ReviewResult } from './review.js';

export type TableFourColumnKey = ReviewResult | 'TOTAL';
export type TableFourCells = Readonly<Record<TableFourColumnKey, number>>;

/** Table 四 as plain data: one group of 5 cells per review kind (15 numbers in all). */
export interface TableFour {
  readonly groups: Readonly<Record<ReviewKind, TableFourCells>>;
}

/** One aggregated count, the shape a `GROUP BY kind, result` query returns. */
export interface TableFourCount {
  readonly kind: ReviewKind;
  readonly result: ReviewResult;
  readonly count: number;
}
