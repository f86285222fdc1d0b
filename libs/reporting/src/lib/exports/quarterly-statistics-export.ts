import type { QuarterlyStatistics } from '../statistics/quarterly-statistics.js';
import { toCsv } from './csv.js';
import { yuan } from './money.js';
import { tableThreeCsvLines } from './table-three-rows.js';
import { writeTableThreeSheet } from './table-three-sheet.js';
import { newWorkbook } from './workbook.js';

function title(s: QuarterlyStatistics, part: string): string {
  return `${s.agency.name}${s.year}年第${s.quarter}季度政府信息公开申请办理情况（${part}）`;
}

/** The processing figures as label / value lines (shared by the CSV and the workbook). */
function figureLines(s: QuarterlyStatistics): (string | number)[][] {
  const r = s.replies;
  return [
    ['受理渠道', '本期新收（件）', '占比（%）'],
    ...s.channels.map((c) => [c.label, c.received, c.percentage]),
    [],
    ['项目', '数值'],
    ['按期答复（件）', r.onTime],
    ['逾期答复（件）', r.late],
    ['平均答复用时（工作日）', r.averageWorkingDays ?? ''],
    ['答复用时中位数（工作日）', r.medianWorkingDays ?? ''],
    ['延期答复（件）', s.extensions],
    ['补正通知（件）', s.supplementRequests],
    ['征求意见（件）', s.consultations],
    ['收费通知（件）', s.feeNotices],
    ['收取信息处理费（元）', yuan(s.feesCollectedFen)],
    ['期末在办（件）', s.pendingAtEnd],
  ];
}

/** Workbook with sheets `本期`, `本年累计` (table 三 laid out as in the template) and `办理情况`. */
export async function quarterlyStatisticsXlsx(s: QuarterlyStatistics): Promise<Buffer> {
  const workbook = await newWorkbook();
  writeTableThreeSheet(workbook.addWorksheet('本期'), s.current, { title: title(s, '本期') });
  writeTableThreeSheet(workbook.addWorksheet('本年累计'), s.yearToDate, {
    title: title(s, '本年累计'),
  });
  const figures = workbook.addWorksheet('办理情况');
  figures.addRows(figureLines(s));
  figures.getColumn(1).width = 28;
  figures.getColumn(2).width = 16;
  figures.getColumn(3).width = 12;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV: table 三 本期, table 三 本年累计, then the channel split and the processing figures. */
export function quarterlyStatisticsCsv(s: QuarterlyStatistics): string {
  return toCsv([
    [title(s, '本期')],
    ...tableThreeCsvLines(s.current),
    [],
    [title(s, '本年累计')],
    ...tableThreeCsvLines(s.yearToDate),
    [],
    ...figureLines(s),
  ]);
}
