import {
  REVIEW_KINDS,
  REVIEW_KIND_LABELS,
  REVIEW_RESULTS,
  REVIEW_RESULT_LABELS,
  type ReviewKind,
} from './review.js';
import type { TableFour, TableFourColumnKey } from './table-four.js';

export interface TableFourLayout {
  readonly heading: string;
  /** Header row 1: `行政复议` over the first group, `行政诉讼` over the other two. */
  readonly reconsiderationHeader: string;
  readonly litigationHeader: string;
  readonly groups: readonly { readonly key: ReviewKind; readonly label: string }[];
  /** The five columns repeated under each group. */
  readonly columns: readonly { readonly key: TableFourColumnKey; readonly label: string }[];
}

/** Table 四 is the same in both templates (regulation.md §3.3). */
export const TABLE_FOUR_LAYOUT: TableFourLayout = {
  heading: '四、政府信息公开行政复议、行政诉讼情况',
  reconsiderationHeader: '行政复议',
  litigationHeader: '行政诉讼',
  groups: REVIEW_KINDS.map((key) => ({ key, label: REVIEW_KIND_LABELS[key] })),
  columns: [
    ...REVIEW_RESULTS.map((key) => ({ key, label: REVIEW_RESULT_LABELS[key] })),
    { key: 'TOTAL', label: '总计' },
  ],
};

/** The 15 numbers of the data row, in template order. */
export function tableFourRow(table: TableFour): number[] {
  return TABLE_FOUR_LAYOUT.groups.flatMap((g) =>
    TABLE_FOUR_LAYOUT.columns.map((c) => table.groups[g.key][c.key]),
  );
}
