import ExcelJS from 'exceljs';
import {
  ApplicantKind,
  buildTableFour,
  buildTableThree,
  Channel,
  Outcome,
  ReportTemplate,
  ReviewKind,
  ReviewResult,
  quarterPeriod,
  yearPeriod,
  type ApplicationFacts,
} from '@gongkai/rules';
import type { AnnualReportData } from '../annual-report/annual-report-data.js';
import { percentage, type QuarterlyStatistics } from '../statistics/quarterly-statistics.js';
import { annualReportCsv, annualReportXlsx } from './annual-report-export.js';
import { quarterlyStatisticsCsv, quarterlyStatisticsXlsx } from './quarterly-statistics-export.js';

const NP = ApplicantKind.NATURAL_PERSON;
const CE = ApplicantKind.COMMERCIAL_ENTERPRISE;
const agency = { id: 'a', code: 'SH-KW', name: '上海市科学技术委员会' };

function facts(): ApplicationFacts[] {
  const one = (
    applicantKind: ApplicantKind,
    receivedOn: string,
    concludedOn?: string,
    outcome?: Outcome,
  ): ApplicationFacts => ({ applicantKind, receivedOn, concludedOn, outcome });
  return [
    one(NP, '2023-12-20', '2024-01-10', Outcome.GRANTED),
    one(NP, '2024-03-01', '2024-04-01', Outcome.GRANTED),
    one(NP, '2024-03-01', '2024-07-01', Outcome.OTHER_NO_SUPPLEMENT),
    one(CE, '2024-03-01', '2024-08-01', Outcome.OTHER_FEE_UNPAID),
    one(CE, '2024-12-31'),
  ];
}

function annual(template: ReportTemplate): AnnualReportData {
  return {
    agency,
    year: 2024,
    includeSubtree: false,
    template,
    tableThree: buildTableThree(facts(), yearPeriod(2024), template),
    tableFour: buildTableFour([
      { kind: ReviewKind.RECONSIDERATION, result: ReviewResult.UPHELD },
      { kind: ReviewKind.LITIGATION_AFTER_RECONSIDERATION, result: ReviewResult.PENDING },
    ]),
    feesCollectedFen: 394000,
  };
}

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`sheet ${name} missing`);
  return found;
}

/** The value and the top-left cell of the merge a cell belongs to. */
function at(ws: ExcelJS.Worksheet, address: string): { value: unknown; master: string } {
  const cell = ws.getCell(address);
  return { value: cell.master.value, master: cell.master.address };
}

describe('annual report XLSX (2021 template), read back with exceljs', () => {
  let ws: ExcelJS.Worksheet;
  let four: ExcelJS.Worksheet;
  let six: ExcelJS.Worksheet;
  beforeAll(async () => {
    const workbook = await readBack(await annualReportXlsx(annual(ReportTemplate.TEMPLATE_2021)));
    ws = sheet(workbook, '表三');
    four = sheet(workbook, '表四');
    six = sheet(workbook, '六');
  });

  it('has the title, the heading, the note cell over the header and the column labels', () => {
    expect(ws.getCell('A1').value).toBe('上海市科学技术委员会2024年政府信息公开工作年度报告');
    expect(ws.getCell('A2').value).toBe('三、收到和处理政府信息公开申请情况');
    const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
    for (const address of ['A3', 'C3', 'A5', 'C5'])
      expect(at(ws, address)).toEqual({ value: note, master: 'A3' });
    expect(at(ws, 'J3')).toEqual({ value: '申请人情况', master: 'D3' });
    expect(at(ws, 'D5')).toEqual({ value: '自然人', master: 'D4' });
    expect(at(ws, 'I4')).toEqual({ value: '法人或其他组织', master: 'E4' });
    expect(['E5', 'F5', 'G5', 'H5', 'I5'].map((a) => ws.getCell(a).value)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    expect(at(ws, 'J5')).toEqual({ value: '总计', master: 'J4' });
  });

  it('puts every row label in its template cell, with the row-spanned result section', () => {
    expect(at(ws, 'C6')).toEqual({ value: '一、本年新收政府信息公开申请数量', master: 'A6' });
    expect(at(ws, 'B7')).toEqual({ value: '二、上年结转政府信息公开申请数量', master: 'A7' });
    // 三、本年度办理结果 spans 22 rows: 8–29.
    for (const address of ['A8', 'A20', 'A29'])
      expect(at(ws, address)).toEqual({ value: '三、本年度办理结果', master: 'A8' });
    expect(at(ws, 'C8')).toEqual({ value: '（一）予以公开', master: 'B8' });
    expect(at(ws, 'B17')).toEqual({ value: '（三）不予公开', master: 'B10' });
    expect(ws.getCell('C10').value).toBe('1.属于国家秘密');
    expect(ws.getCell('C17').value).toBe('8.属于行政查询事项');
    expect(at(ws, 'B26')).toEqual({ value: '（六）其他处理', master: 'B26' });
    expect(at(ws, 'B28')).toEqual({ value: '（六）其他处理', master: 'B26' });
    expect(String(ws.getCell('C27').value)).toContain('逾期未按收费通知要求缴纳费用');
    expect(at(ws, 'C29')).toEqual({ value: '（七）总计', master: 'B29' });
    expect(at(ws, 'C30')).toEqual({ value: '四、结转下年度继续办理', master: 'A30' });
  });

  it('writes the numbers in the seven columns', () => {
    const row = (r: number) =>
      ['D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => ws.getCell(`${c}${r}`).value);
    expect(row(6)).toEqual([2, 2, 0, 0, 0, 0, 4]); // 一
    expect(row(7)).toEqual([1, 0, 0, 0, 0, 0, 1]); // 二
    expect(row(8)).toEqual([2, 0, 0, 0, 0, 0, 2]); // （一）
    expect(row(27)).toEqual([0, 1, 0, 0, 0, 0, 1]); // （六）2
    expect(row(29)).toEqual([3, 1, 0, 0, 0, 0, 4]); // （七）总计
    expect(row(30)).toEqual([0, 1, 0, 0, 0, 0, 1]); // 四
  });

  it('lays out table 四 and the fees of section 六', () => {
    expect(at(four, 'E2')).toEqual({ value: '行政复议', master: 'A2' });
    expect(at(four, 'O2')).toEqual({ value: '行政诉讼', master: 'F2' });
    expect(at(four, 'A4')).toEqual({ value: '结果维持', master: 'A3' });
    expect(at(four, 'J3')).toEqual({ value: '未经复议直接起诉', master: 'F3' });
    expect(at(four, 'O3')).toEqual({ value: '复议后起诉', master: 'K3' });
    expect(four.getCell('N4').value).toBe('尚未审结');
    const data = Array.from({ length: 15 }, (_, i) => four.getRow(5).getCell(i + 1).value);
    expect(data).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(six.getCell('A1').value).toBe('六、其他需要报告的事项');
    expect(six.getCell('A2').value).toBe('本年度收取信息处理费 3940.00 元。');
  });
});

describe('annual report in the 2019 template', () => {
  it('has a single （六）其他处理 row holding every other-processing outcome', async () => {
    const ws = sheet(
      await readBack(await annualReportXlsx(annual(ReportTemplate.TEMPLATE_2019))),
      '表三',
    );
    expect(at(ws, 'C26')).toEqual({ value: '（六）其他处理', master: 'B26' });
    expect(['D', 'E', 'J'].map((c) => ws.getCell(`${c}26`).value)).toEqual([1, 1, 2]);
    expect(at(ws, 'A27')).toEqual({ value: '三、本年度办理结果', master: 'A8' });
    expect(at(ws, 'C27')).toEqual({ value: '（七）总计', master: 'B27' });
    expect(at(ws, 'C28')).toEqual({ value: '四、结转下年度继续办理', master: 'A28' });
  });
});

describe('CSV exports', () => {
  it('annual: BOM, verbatim labels and numbers per row', () => {
    const csv = annualReportCsv(annual(ReportTemplate.TEMPLATE_2021));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain(',,一、本年新收政府信息公开申请数量,2,2,0,0,0,0,4');
    expect(lines).toContain('三、本年度办理结果,（三）不予公开,1.属于国家秘密,0,0,0,0,0,0,0');
    expect(lines).toContain('1,0,0,0,1,0,0,0,0,0,0,0,0,1,1');
    expect(lines).toContain('六、其他需要报告的事项,信息处理费（元）,3940.00');
  });

  it('quarterly: both tables, the channel shares and the figures', async () => {
    const s: QuarterlyStatistics = {
      agency,
      year: 2024,
      quarter: 1,
      includeSubtree: false,
      period: quarterPeriod(2024, 1),
      yearToDatePeriod: quarterPeriod(2024, 1),
      template: ReportTemplate.TEMPLATE_2021,
      current: buildTableThree(facts(), quarterPeriod(2024, 1)),
      yearToDate: buildTableThree(facts(), quarterPeriod(2024, 1)),
      channels: [
        { channel: Channel.ONLINE, label: '网络', received: 2, percentage: percentage(2, 3) },
        {
          channel: Channel.LETTER,
          label: '信函（邮寄）',
          received: 1,
          percentage: percentage(1, 3),
        },
      ],
      replies: { onTime: 3, late: 1, averageWorkingDays: '12.50', medianWorkingDays: 12 },
      extensions: 1,
      supplementRequests: 2,
      consultations: 0,
      feeNotices: 1,
      feesCollectedFen: 10000,
      pendingAtEnd: 3,
    };
    const lines = quarterlyStatisticsCsv(s).slice(1).split('\r\n');
    expect(lines).toContain('网络,2,66.67');
    expect(lines).toContain('信函（邮寄）,1,33.33');
    expect(lines).toContain('收取信息处理费（元）,100.00');
    const workbook = await readBack(await quarterlyStatisticsXlsx(s));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['本期', '本年累计', '办理情况']);
    expect(sheet(workbook, '本期').getCell('A1').value).toBe(
      '上海市科学技术委员会2024年第1季度政府信息公开申请办理情况（本期）',
    );
    expect(sheet(workbook, '办理情况').getCell('C2').value).toBe('66.67');
  });
});

describe('percentage', () => {
  it('rounds half up to two decimals', () => {
    expect(percentage(1303, 1499)).toBe('86.92');
    expect(percentage(172, 1499)).toBe('11.47');
    expect(percentage(24, 1499)).toBe('1.60');
    expect(percentage(1, 8)).toBe('12.50');
    expect(percentage(1, 200)).toBe('0.50');
    expect(percentage(1, 3)).toBe('33.33');
    expect(percentage(3, 3)).toBe('100.00');
    expect(percentage(0, 0)).toBe('0.00');
  });
});
