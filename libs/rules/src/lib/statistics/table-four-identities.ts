import type { DomainError } from '../errors/domain-error.js';
import { identityViolation } from './identity-violation.js';
import { REVIEW_KINDS, REVIEW_KIND_LABELS, REVIEW_RESULTS } from './review.js';
import type { TableFour } from './table-four.js';

/** Identity 5 of regulation.md §3.4: in each group 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export function checkTableFourIdentities(table: TableFour): DomainError[] {
  const errors: DomainError[] = [];
  for (const kind of REVIEW_KINDS) {
    const cells = table.groups[kind];
    const sum = REVIEW_RESULTS.reduce((acc, r) => acc + cells[r], 0);
    if (sum !== cells.TOTAL) {
      errors.push(
        identityViolation({
          table: '四',
          identity: 5,
          row: REVIEW_KIND_LABELS[kind],
          column: '总计',
          leftSide: '总计',
          left: cells.TOTAL,
          rightSide: '结果维持 + 结果纠正 + 其他结果 + 尚未审结',
          right: sum,
        }),
      );
    }
  }
  return errors;
}

/** Throws the first violation (`STATISTICS.IDENTITY_VIOLATED`). */
export function assertTableFourIdentities(table: TableFour): void {
  const [first] = checkTableFourIdentities(table);
  if (first) throw first;
}
