import {
  tableThreeLayout,
  type TableThree,
  type TableThreeLayout,
  type TableThreeRowLayout,
} from '@gongkai/rules';

/** One printed row of table 三: its label cells and the seven numbers in column order. */
export interface PrintedTableThreeRow {
  readonly layout: TableThreeRowLayout;
  /** `三、本年度办理结果` for result rows and （七）总计, else null. */
  readonly section: string | null;
  /** The group cell of a sub-item (（三）不予公开 …), else null. */
  readonly group: string | null;
  readonly label: string;
  readonly values: readonly number[];
}

/** Table 三 in template order, labels verbatim from libs/rules, blanks as 0. */
export function printTableThree(table: TableThree): {
  layout: TableThreeLayout;
  rows: PrintedTableThreeRow[];
} {
  const layout = tableThreeLayout(table.template);
  const rows = layout.rows.map((row) => {
    const inSection = row.kind === 'RESULT' || row.kind === 'CONCLUDED_TOTAL';
    return {
      layout: row,
      section: inSection ? layout.resultSectionLabel : null,
      group: row.groupLabel ?? null,
      label: row.label,
      values: layout.columns.map((c) => table.rows[row.key]?.[c.key] ?? 0),
    };
  });
  return { layout, rows };
}

/** CSV lines of table 三: a header line, then one line per row (section, group, label, 7 numbers). */
export function tableThreeCsvLines(table: TableThree): (string | number)[][] {
  const { layout, rows } = printTableThree(table);
  return [
    ['项目', '', '', ...layout.columns.map((c) => c.label)],
    ...rows.map((r) => [r.section ?? '', r.group ?? '', r.label, ...r.values]),
  ];
}
