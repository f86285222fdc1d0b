import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@gongkai/platform';
import { ReportTemplate } from '@gongkai/rules';
import { AnnualReportState } from './enums.js';

@ObjectType('StatisticsAgency', { description: '统计所属机关' })
export class StatisticsAgencyView {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType('StatisticsPeriod', { description: '统计期（含首尾两日）' })
export class StatisticsPeriodView {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar)
  to!: string;
}

@ObjectType('TableThreeRow', { description: '表三的一行，标签与模板一致' })
export class TableThreeRowView {
  @Field({
    description: 'Stable key: RECEIVED, CARRIED_IN, an Outcome, CONCLUDED_TOTAL, CARRIED_OUT',
  })
  key!: string;

  @Field({ description: '行标签（原文）' })
  label!: string;

  @Field(() => String, { nullable: true, description: '分组单元格，如（三）不予公开' })
  groupLabel!: string | null;

  @Field(() => [Int], {
    description: '七列：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计',
  })
  values!: number[];
}

@ObjectType('TableThree', { description: '三、收到和处理政府信息公开申请情况' })
export class TableThreeView {
  @Field(() => ReportTemplate)
  template!: ReportTemplate;

  @Field()
  heading!: string;

  @Field({ description: '左上角的勾稽关系说明' })
  noteCell!: string;

  @Field(() => [String], { description: '七列的列标签' })
  columns!: string[];

  @Field(() => [TableThreeRowView])
  rows!: TableThreeRowView[];
}

@ObjectType('TableFourGroup', { description: '表四的一组：行政复议、未经复议直接起诉或复议后起诉' })
export class TableFourGroupView {
  @Field({ description: 'RECONSIDERATION, LITIGATION_DIRECT or LITIGATION_AFTER_RECONSIDERATION' })
  kind!: string;

  @Field()
  label!: string;

  @Field(() => [Int], { description: '结果维持、结果纠正、其他结果、尚未审结、总计' })
  values!: number[];
}

@ObjectType('TableFour', { description: '四、政府信息公开行政复议、行政诉讼情况' })
export class TableFourView {
  @Field()
  heading!: string;

  @Field(() => [String])
  columns!: string[];

  @Field(() => [TableFourGroupView])
  groups!: TableFourGroupView[];
}

@ObjectType('ChannelShare', { description: '本期新收申请的提交渠道' })
export class ChannelShareView {
  @Field({ description: 'IN_PERSON, LETTER, ONLINE or FAX' })
  channel!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  received!: number;

  @Field({ description: '占本期新收的百分比，保留两位小数，如 "86.92"' })
  percentage!: string;
}

@ObjectType('ReplyTimeliness', { description: '本期送达的答复' })
export class ReplyTimelinessView {
  @Field(() => Int, { description: '在答复期限（含延期）内送达' })
  onTime!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => String, {
    nullable: true,
    description: '自收到申请之日至送达的平均工作日，两位小数',
  })
  averageWorkingDays!: string | null;

  @Field(() => Int, { nullable: true, description: '工作日中位数（偶数个时取较小者）' })
  medianWorkingDays!: number | null;
}

@ObjectType('QuarterlyStatistics', { description: '季度统计：本期与本年累计的表三及办理情况' })
export class QuarterlyStatisticsView {
  @Field(() => StatisticsAgencyView)
  agency!: StatisticsAgencyView;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  quarter!: number;

  @Field()
  includeSubtree!: boolean;

  @Field(() => StatisticsPeriodView)
  period!: StatisticsPeriodView;

  @Field(() => StatisticsPeriodView)
  yearToDatePeriod!: StatisticsPeriodView;

  @Field(() => TableThreeView, { description: '本期' })
  current!: TableThreeView;

  @Field(() => TableThreeView, { description: '本年累计' })
  yearToDate!: TableThreeView;

  @Field(() => [ChannelShareView])
  channels!: ChannelShareView[];

  @Field(() => ReplyTimelinessView)
  replies!: ReplyTimelinessView;

  @Field(() => Int, { description: '本期批准延期' })
  extensions!: number;

  @Field(() => Int, { description: '本期发出补正通知' })
  supplementRequests!: number;

  @Field(() => Int, { description: '本期发起征求意见' })
  consultations!: number;

  @Field(() => Int, { description: '本期发出收费通知' })
  feeNotices!: number;

  @Field(() => Int, { description: '本期收取信息处理费（分）' })
  feesCollectedFen!: number;

  @Field(() => Int, { description: '期末在办' })
  pendingAtEnd!: number;
}

@ObjectType('MonthlyStatistics', { description: '一个月：新收申请（按渠道）与送达的答复' })
export class MonthlyStatisticsView {
  @Field(() => Int, { description: '1–12' })
  month!: number;

  @Field(() => StatisticsPeriodView)
  period!: StatisticsPeriodView;

  @Field(() => [ChannelShareView], { description: '本月新收，按渠道' })
  channels!: ChannelShareView[];

  @Field(() => ReplyTimelinessView, { description: '本月送达的答复' })
  replies!: ReplyTimelinessView;
}

@ObjectType('StatisticsSnapshot', { description: '已发布的季度统计（不可更改；更正为新版本）' })
export class StatisticsSnapshotView {
  @Field(() => ID)
  id!: string;

  @Field(() => StatisticsAgencyView)
  agency!: StatisticsAgencyView;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  quarter!: number;

  @Field(() => Int)
  version!: number;

  @Field({ description: '数据 JSON 的 SHA-256' })
  checksum!: string;

  @Field()
  publishedAt!: Date;

  @Field(() => String, { nullable: true, description: '更正理由' })
  reason!: string | null;

  @Field({ description: 'XLSX 下载地址（相对于 API）' })
  xlsxUrl!: string;

  @Field({ description: 'CSV 下载地址（相对于 API）' })
  csvUrl!: string;

  @Field(() => QuarterlyStatisticsView)
  statistics!: QuarterlyStatisticsView;
}

@ObjectType('AnnualReport', { description: '年度报告表格：表三、表四及第六部分的信息处理费' })
export class AnnualReportView {
  @Field(() => StatisticsAgencyView)
  agency!: StatisticsAgencyView;

  @Field(() => Int)
  year!: number;

  @Field()
  includeSubtree!: boolean;

  @Field(() => AnnualReportState)
  state!: AnnualReportState;

  @Field(() => Date, { nullable: true })
  preparedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finalizedAt!: Date | null;

  @Field(() => String, { nullable: true })
  checksum!: string | null;

  @Field(() => TableThreeView)
  tableThree!: TableThreeView;

  @Field(() => TableFourView)
  tableFour!: TableFourView;

  @Field(() => Int, { description: '本年度收取信息处理费（分）' })
  feesCollectedFen!: number;

  @Field(() => String, { nullable: true, description: '定稿后公开下载地址' })
  xlsxUrl!: string | null;

  @Field(() => String, { nullable: true })
  csvUrl!: string | null;
}

@ObjectType('StatisticsRollUpEntry')
export class RollUpEntryView {
  @Field(() => StatisticsAgencyView)
  agency!: StatisticsAgencyView;

  @Field(() => TableThreeView)
  table!: TableThreeView;
}

@ObjectType('StatisticsRollUp', { description: '本机关、各下级机关（含其下属）及全辖汇总' })
export class StatisticsRollUpView {
  @Field(() => StatisticsPeriodView)
  period!: StatisticsPeriodView;

  @Field(() => RollUpEntryView, { description: '本机关自身' })
  own!: RollUpEntryView;

  @Field(() => [RollUpEntryView], { description: '各直属下级机关，含其下属' })
  children!: RollUpEntryView[];

  @Field(() => RollUpEntryView, { description: '全辖（本机关及全部下级）' })
  subtree!: RollUpEntryView;
}
