import { DomainError } from '../errors/domain-error.js';
import { APPLICANT_KINDS, isApplicantKind } from '../outcomes/applicant-kind.js';
import { isOutcome } from '../outcomes/outcome.js';
import { StatisticsErrorCode } from './statistics-error-code.js';
import type { ReportTemplate } from './report-template.js';
import type { TableThree, TableThreeColumnKey, TableThreeRowKey } from './table-three.js';
import type { TableThreeCount } from './table-three-count.js';
import { tableThreeLayout, tableThreeRowForOutcome } from './table-three-layout.js';

const { INVALID_COUNT } = StatisticsErrorCode;

type MutableCells = Record<TableThreeColumnKey, number>;

function zeroCells(): MutableCells {
  const cells = { TOTAL: 0 } as MutableCells;
  for (const kind of APPLICANT_KINDS) cells[kind] = 0;
  return cells;
}

function rowOf(template: ReportTemplate, count: TableThreeCount): TableThreeRowKey {
  const { measure } = count;
  if (measure === 'RECEIVED' || measure === 'CARRIED_IN' || measure === 'CARRIED_OUT')
    return measure;
  if (isOutcome(measure)) return tableThreeRowForOutcome(template, measure);
  throw new DomainError(INVALID_COUNT, 'Unknown measure in a table 三 count.', {
    measure: String(measure),
  });
}

function assertValidCount(count: TableThreeCount): void {
  if (!Number.isSafeInteger(count.count) || count.count < 0) {
    throw new DomainError(INVALID_COUNT, 'A count must be a non-negative integer.', {
      measure: count.measure,
      count: count.count,
    });
  }
  if (!isApplicantKind(count.applicantKind)) {
    throw new DomainError(INVALID_COUNT, 'Unknown applicant kind in a table 三 count.', {
      applicantKind: String(count.applicantKind),
    });
  }
}

/**
 * Builds table 三 from per-(measure, applicant kind) counts; repeated pairs are added up. The
 * （七）总计 row and the 总计 column are always derived here, so identities 2 and 3 hold by
 * construction. Identity 1 holds only if the counts were taken consistently: check it with
 * `checkTableThreeIdentities`.
 */
export function assembleTableThree(
  template: ReportTemplate,
  counts: Iterable<TableThreeCount>,
): TableThree {
  const layout = tableThreeLayout(template);
  const rows = Object.fromEntries(layout.rows.map((r) => [r.key, zeroCells()])) as Partial<
    Record<TableThreeRowKey, MutableCells>
  >;
  const cellsOf = (key: TableThreeRowKey): MutableCells => {
    const cells = rows[key];
    // Unreachable while every measure maps to a layout row; kept so a layout change fails loudly.
    if (!cells)
      throw new DomainError(INVALID_COUNT, 'Row not in template.', { row: key, template });
    return cells;
  };

  for (const count of counts) {
    assertValidCount(count);
    cellsOf(rowOf(template, count))[count.applicantKind] += count.count;
  }

  const concludedTotal = cellsOf('CONCLUDED_TOTAL');
  for (const row of layout.rows) {
    if (row.kind !== 'RESULT') continue;
    const cells = cellsOf(row.key);
    for (const kind of APPLICANT_KINDS) concludedTotal[kind] += cells[kind];
  }
  for (const row of layout.rows) {
    const cells = cellsOf(row.key);
    cells.TOTAL = APPLICANT_KINDS.reduce((sum, kind) => sum + cells[kind], 0);
  }
  return { template, rows };
}
