import type { AnnualReportData } from '../annual-report/annual-report-data.js';
import { toCsv } from './csv.js';
import { yuan } from './money.js';
import { tableFourCsvLines, writeTableFourSheet } from './table-four-sheet.js';
import { tableThreeCsvLines } from './table-three-rows.js';
import { writeTableThreeSheet } from './table-three-sheet.js';
import { newWorkbook } from './workbook.js';

export const SECTION_SIX_HEADING = '六、其他需要报告的事项';

function feesSentence(fen: number): string {
  return fen > 0 ? `本年度收取信息处理费 ${yuan(fen)} 元。` : '本年度未收取信息处理费。';
}

function title(data: AnnualReportData): string {
  return `${data.agency.name}${data.year}年政府信息公开工作年度报告`;
}

/**
 * The annual-report tables as a workbook laid out like the official format: sheet `表三`
 * (table 三 with its merged header, note cell and row-spanned result section), sheet `表四`,
 * and sheet `六` with the fees collected.
 */
export async function annualReportXlsx(data: AnnualReportData): Promise<Buffer> {
  const workbook = await newWorkbook();
  writeTableThreeSheet(workbook.addWorksheet('表三'), data.tableThree, { title: title(data) });
  writeTableFourSheet(workbook.addWorksheet('表四'), data.tableFour);
  const six = workbook.addWorksheet('六');
  six.getCell('A1').value = SECTION_SIX_HEADING;
  six.getCell('A2').value = feesSentence(data.feesCollectedFen);
  six.getCell('A3').value = '信息处理费（元）';
  six.getCell('B3').value = yuan(data.feesCollectedFen);
  six.getColumn(1).width = 40;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same tables as CSV: table 三, a blank line, table 四, a blank line, the fees. */
export function annualReportCsv(data: AnnualReportData): string {
  return toCsv([
    [title(data)],
    ...tableThreeCsvLines(data.tableThree),
    [],
    ...tableFourCsvLines(data.tableFour),
    [],
    [SECTION_SIX_HEADING, '信息处理费（元）', yuan(data.feesCollectedFen)],
  ]);
}
