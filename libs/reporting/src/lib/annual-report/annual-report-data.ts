import type { ReportTemplate, TableFour, TableThree } from '@gongkai/rules';

/**
 * The numbers of an annual report (国办公开办函〔2021〕30号 format; the 2019 format for report
 * years 2019 and 2020): table 三, table 四 and the fees collected for section 六. Plain JSON:
 * this is what `annual_report.data` stores and its checksum covers.
 */
export interface AnnualReportData {
  readonly agency: { readonly id: string; readonly code: string; readonly name: string };
  readonly year: number;
  readonly includeSubtree: boolean;
  readonly template: ReportTemplate;
  readonly tableThree: TableThree;
  readonly tableFour: TableFour;
  /** 信息处理费 actually paid in the year, in fen (分), for section 六. */
  readonly feesCollectedFen: number;
}
