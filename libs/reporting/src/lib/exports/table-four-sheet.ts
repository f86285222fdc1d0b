import type { Worksheet } from 'exceljs';
import { BORDER, CENTER } from './sheet-style.js';
import { TABLE_FOUR_LAYOUT, tableFourRow, type TableFour } from '@gongkai/rules';

/**
 * Table 四 as in the template: `行政复议` over its five columns and `行政诉讼` over ten; under
 * 诉讼 the two groups `未经复议直接起诉` and `复议后起诉`; the five result labels (under 复议
 * spanning two header rows); then the one row of 15 numbers. Returns the next free row.
 */
export function writeTableFourSheet(sheet: Worksheet, table: TableFour, top = 1): number {
  const layout = TABLE_FOUR_LAYOUT;
  const width = layout.columns.length;
  const last = width * layout.groups.length;
  const merge = (r1: number, c1: number, r2: number, c2: number, value: string) => {
    if (r1 !== r2 || c1 !== c2) sheet.mergeCells(r1, c1, r2, c2);
    sheet.getCell(r1, c1).value = value;
  };
  merge(top, 1, top, last, layout.heading);
  sheet.getCell(top, 1).font = { bold: true };
  const h = top + 1;
  merge(h, 1, h, width, layout.reconsiderationHeader);
  merge(h, width + 1, h, last, layout.litigationHeader);
  layout.groups.forEach((group, g) => {
    const first = g * width + 1;
    if (g === 0) {
      layout.columns.forEach((c, i) => merge(h + 1, first + i, h + 2, first + i, c.label));
    } else {
      merge(h + 1, first, h + 1, first + width - 1, group.label);
      layout.columns.forEach((c, i) => (sheet.getCell(h + 2, first + i).value = c.label));
    }
  });
  tableFourRow(table).forEach((value, i) => (sheet.getCell(h + 3, i + 1).value = value));
  for (let r = h; r <= h + 3; r++) {
    for (let c = 1; c <= last; c++) {
      sheet.getCell(r, c).border = BORDER;
      sheet.getCell(r, c).alignment = CENTER;
    }
  }
  for (let c = 1; c <= last; c++) sheet.getColumn(c).width = 10;
  return h + 4;
}

/** CSV lines of table 四: the group and result labels, then the 15 numbers. */
export function tableFourCsvLines(table: TableFour): (string | number)[][] {
  const layout = TABLE_FOUR_LAYOUT;
  return [
    layout.groups.flatMap((g, i) =>
      layout.columns.map(() => (i === 0 ? g.label : `${layout.litigationHeader}（${g.label}）`)),
    ),
    layout.groups.flatMap(() => layout.columns.map((c) => c.label)),
    tableFourRow(table),
  ];
}
