import { registerEnumType } from '@nestjs/graphql';
import { ReportTemplate } from '@gongkai/rules';

/** An annual report as shown: computed now, or stored as a draft, or final. */
export enum AnnualReportState {
  LIVE = 'LIVE',
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}

registerEnumType(ReportTemplate, {
  name: 'ReportTemplate',
  description:
    '年度报告格式：2019（试行，国办公开办函〔2019〕60号）或 2021（国办公开办函〔2021〕30号）',
});

registerEnumType(AnnualReportState, {
  name: 'AnnualReportState',
  description: 'LIVE 即时统计（未保存）/ DRAFT 草稿 / FINAL 已定稿',
});
