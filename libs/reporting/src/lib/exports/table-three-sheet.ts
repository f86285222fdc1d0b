import type { Worksheet } from 'exceljs';
import { BORDER, CENTER } from './sheet-style.js';
import type { TableThree } from '@gongkai/rules';
import { printTableThree } from './table-three-rows.js';

/** Columns A–C hold the label cells, D–J the seven numbers. */
const FIRST_VALUE_COLUMN = 4;
const HEADER_ROWS = 3;

/**
 * Writes table 三 laid out like the official template from row `top` on: the heading, the note
 * cell over the three header rows and the label columns, `申请人情况` over the seven columns,
 * `法人或其他组织` over its five, the row-spanned `三、本年度办理结果` and each group cell
 * spanning its sub-items. Returns the first row after the table.
 */
export function writeTableThreeSheet(
  sheet: Worksheet,
  table: TableThree,
  options: { top?: number; title?: string } = {},
): number {
  const { layout, rows } = printTableThree(table);
  const last = FIRST_VALUE_COLUMN + layout.columns.length - 1;
  let top = options.top ?? 1;

  const merge = (r1: number, c1: number, r2: number, c2: number, value: string | number) => {
    if (r1 !== r2 || c1 !== c2) sheet.mergeCells(r1, c1, r2, c2);
    sheet.getCell(r1, c1).value = value;
  };

  if (options.title) merge(top, 1, top++, last, options.title);
  merge(top, 1, top, last, layout.heading);
  sheet.getCell(top, 1).font = { bold: true };
  top += 1;

  // Header: note cell, 申请人情况, 自然人 / 法人或其他组织 (5 sub-columns) / 总计.
  merge(top, 1, top + HEADER_ROWS - 1, 3, layout.noteCell);
  merge(top, FIRST_VALUE_COLUMN, top, last, layout.applicantHeader);
  const organisation = layout.columns
    .map((c, i) => ({ ...c, column: FIRST_VALUE_COLUMN + i }))
    .filter((c) => c.organisation);
  const firstOrg = organisation[0]?.column ?? FIRST_VALUE_COLUMN;
  const lastOrg = organisation.at(-1)?.column ?? FIRST_VALUE_COLUMN;
  layout.columns.forEach((c, i) => {
    const column = FIRST_VALUE_COLUMN + i;
    if (c.organisation) sheet.getCell(top + 2, column).value = c.label;
    else merge(top + 1, column, top + 2, column, c.label);
  });
  merge(top + 1, firstOrg, top + 1, lastOrg, layout.organisationHeader);

  const firstDataRow = top + HEADER_ROWS;
  rows.forEach((row, i) => {
    const r = firstDataRow + i;
    if (row.section === null) merge(r, 1, r, 3, row.label);
    else if (row.group === null) merge(r, 2, r, 3, row.label);
    else sheet.getCell(r, 3).value = row.label;
    row.values.forEach((value, j) => (sheet.getCell(r, FIRST_VALUE_COLUMN + j).value = value));
  });

  // Vertical cells: the result section, and each group over its sub-items.
  const sectionRows = rows.map((row, i) => ({ row, r: firstDataRow + i }));
  const inSection = sectionRows.filter((x) => x.row.section !== null);
  const first = inSection[0];
  const lastInSection = inSection.at(-1);
  if (first && lastInSection) merge(first.r, 1, lastInSection.r, 1, layout.resultSectionLabel);
  for (let i = 0; i < inSection.length;) {
    const group = inSection[i]?.row.group ?? null;
    let j = i;
    while (j + 1 < inSection.length && group !== null && inSection[j + 1]?.row.group === group)
      j += 1;
    const start = inSection[i];
    const end = inSection[j];
    if (group !== null && start && end) merge(start.r, 2, end.r, 2, group);
    i = j + 1;
  }

  const end = firstDataRow + rows.length - 1;
  for (let r = top; r <= end; r++) {
    for (let c = 1; c <= last; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = c >= FIRST_VALUE_COLUMN || r < firstDataRow ? CENTER : { wrapText: true };
    }
  }
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 22;
  sheet.getColumn(3).width = 44;
  for (let c = FIRST_VALUE_COLUMN; c <= last; c++) sheet.getColumn(c).width = 12;
  return end + 1;
}
