import type { Channel, ReportTemplate, StatisticsPeriod, TableThree } from '@gongkai/rules';

export type Quarter = 1 | 2 | 3 | 4;

/** Received applications of one channel in the quarter, with its share to two decimals. */
export interface ChannelShare {
  readonly channel: Channel;
  readonly label: string;
  readonly received: number;
  /** Percentage of the quarter's received applications, e.g. `"86.92"`; `"0.00"` when none. */
  readonly percentage: string;
}

/** Replies served in the quarter, measured against their reply due date. */
export interface ReplyTimeliness {
  /** Served on or before the reply due date (including an approved extension). */
  readonly onTime: number;
  readonly late: number;
  /** Working days from the legal receipt date to service, to two decimals; null without replies. */
  readonly averageWorkingDays: string | null;
  /** The lower median, in whole working days; null without replies. */
  readonly medianWorkingDays: number | null;
}

/**
 * An agency's statistics for one quarter (regulation.md §5): table 三 for the quarter (本期) and
 * the year to date (本年累计), and the processing figures. Plain JSON: this is what a snapshot
 * stores and its checksum covers.
 */
export interface QuarterlyStatistics {
  readonly agency: { readonly id: string; readonly code: string; readonly name: string };
  readonly year: number;
  readonly quarter: Quarter;
  readonly includeSubtree: boolean;
  readonly period: StatisticsPeriod;
  readonly yearToDatePeriod: StatisticsPeriod;
  readonly template: ReportTemplate;
  readonly current: TableThree;
  readonly yearToDate: TableThree;
  readonly channels: readonly ChannelShare[];
  readonly replies: ReplyTimeliness;
  /** Extensions approved in the quarter. */
  readonly extensions: number;
  /** Supplement requests (补正通知) issued in the quarter. */
  readonly supplementRequests: number;
  /** Consultations (third party or other agency) started in the quarter. */
  readonly consultations: number;
  /** Fee notices issued in the quarter. */
  readonly feeNotices: number;
  /** Fees paid in the quarter, in fen (分). */
  readonly feesCollectedFen: number;
  /** Applications pending at the quarter's end (= table 三's 四, 总计). */
  readonly pendingAtEnd: number;
}

/** `part / whole` as a percentage with two decimals, rounded half up, in integer arithmetic. */
export function percentage(part: number, whole: number): string {
  if (whole <= 0) return '0.00';
  const hundredths = Math.floor((part * 20000 + whole) / (2 * whole));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}
