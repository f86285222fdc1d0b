import { DomainError } from '../errors/domain-error.js';
import { REVIEW_KINDS, REVIEW_RESULTS, type ReviewFacts, type ReviewKind } from './review.js';
import { StatisticsErrorCode } from './statistics-error-code.js';
import type { TableFour, TableFourColumnKey, TableFourCount } from './table-four.js';

/** Builds table 四 from per-(kind, result) counts; repeated pairs add up, 总计 is derived. */
export function assembleTableFour(counts: Iterable<TableFourCount>): TableFour {
  const groups = {} as Record<ReviewKind, Record<TableFourColumnKey, number>>;
  for (const kind of REVIEW_KINDS) {
    groups[kind] = { UPHELD: 0, CORRECTED: 0, OTHER: 0, PENDING: 0, TOTAL: 0 };
  }
  for (const { kind, result, count } of counts) {
    if (!REVIEW_KINDS.includes(kind) || !REVIEW_RESULTS.includes(result)) {
      throw new DomainError(
        StatisticsErrorCode.INVALID_COUNT,
        'Unknown review kind or result in a table 四 count.',
        { kind: String(kind), result: String(result) },
      );
    }
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new DomainError(
        StatisticsErrorCode.INVALID_COUNT,
        'A count must be a non-negative integer.',
        {
          kind,
          result,
          count,
        },
      );
    }
    groups[kind][result] += count;
    groups[kind].TOTAL += count;
  }
  return { groups };
}

/** Table 四 from the reviews to report; choosing which reviews belong to the year is the caller's. */
export function buildTableFour(reviews: Iterable<ReviewFacts>): TableFour {
  return assembleTableFour(Array.from(reviews, ({ kind, result }) => ({ kind, result, count: 1 })));
}
