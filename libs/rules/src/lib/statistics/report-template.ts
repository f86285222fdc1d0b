/** The two annual-report formats of table 三 (regulation.md §3.3). */
export enum ReportTemplate {
  /** 国办公开办函〔2019〕60号 (试行): （六）其他处理 is one row. */
  TEMPLATE_2019 = 'TEMPLATE_2019',
  /** 国办公开办函〔2021〕30号: （六） split into 1 逾期不补正, 2 逾期未缴费, 3 其他. */
  TEMPLATE_2021 = 'TEMPLATE_2021',
}

/**
 * Report years 2019 and 2020 use the 2019 template, 2021 onward the 2021 template.
 * That 2021 is the first year of the new format is an assumption (regulation.md §3.3 [U]).
 */
export function templateForReportYear(year: number): ReportTemplate {
  return year <= 2020 ? ReportTemplate.TEMPLATE_2019 : ReportTemplate.TEMPLATE_2021;
}
