import type { DomainError } from '../errors/domain-error.js';
import { APPLICANT_KINDS } from '../outcomes/applicant-kind.js';
import { identityViolation } from './identity-violation.js';
import type { TableThree, TableThreeColumnKey, TableThreeRowKey } from './table-three.js';
import { tableThreeLayout } from './table-three-layout.js';

/**
 * Checks identities 1–3 of regulation.md §3.4 cell by cell and returns every violation
 * (empty = consistent). A missing (blank) cell counts as 0.
 */
export function checkTableThreeIdentities(table: TableThree): DomainError[] {
  const layout = tableThreeLayout(table.template);
  const cell = (row: TableThreeRowKey, column: TableThreeColumnKey): number =>
    table.rows[row]?.[column] ?? 0;
  const resultRows = layout.rows.filter((r) => r.kind === 'RESULT');
  const errors: DomainError[] = [];

  for (const { key: column, label } of layout.columns) {
    // 1. 一 + 二 = （七）总计 + 四: the template's own note cell.
    const inflow = cell('RECEIVED', column) + cell('CARRIED_IN', column);
    const outflow = cell('CONCLUDED_TOTAL', column) + cell('CARRIED_OUT', column);
    if (inflow !== outflow) {
      errors.push(
        identityViolation({
          table: '三',
          identity: 1,
          row: '（七）总计',
          column: label,
          leftSide: '一 + 二',
          left: inflow,
          rightSide: '（七）总计 + 四',
          right: outflow,
        }),
      );
    }
    // 2. （七）总计 = the sum of the leaf result rows.
    const total = cell('CONCLUDED_TOTAL', column);
    const leaves = resultRows.reduce((sum, r) => sum + cell(r.key, column), 0);
    if (total !== leaves) {
      errors.push(
        identityViolation({
          table: '三',
          identity: 2,
          row: '（七）总计',
          column: label,
          leftSide: '（七）总计',
          left: total,
          rightSide: 'sum of the result rows',
          right: leaves,
        }),
      );
    }
  }

  // 3. In every row, 总计 = the sum of the six applicant columns.
  for (const row of layout.rows) {
    const total = cell(row.key, 'TOTAL');
    const sum = APPLICANT_KINDS.reduce((acc, kind) => acc + cell(row.key, kind), 0);
    if (total !== sum) {
      errors.push(
        identityViolation({
          table: '三',
          identity: 3,
          row: row.label,
          column: '总计',
          leftSide: '总计',
          left: total,
          rightSide: 'sum of the applicant columns',
          right: sum,
        }),
      );
    }
  }
  return errors;
}

/** Throws the first violation (`STATISTICS.IDENTITY_VIOLATED`). */
export function assertTableThreeIdentities(table: TableThree): void {
  const [first] = checkTableThreeIdentities(table);
  if (first) throw first;
}
