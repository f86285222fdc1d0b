import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CHANNEL_LABELS,
  CHANNELS,
  monthPeriod,
  yearPeriod,
  type StatisticsPeriod,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import type { AgencyScope } from './agency-scope.js';
import {
  countChannelsByMonth,
  countReplyTimelinessByMonth,
  NO_REPLIES,
} from './count-quarterly-figures.js';
import type { ChannelShare, ReplyTimeliness } from './quarterly-statistics.js';
import { assertYear } from './reporting-period.js';

/** One calendar month of a year: applications received by channel, replies served. */
export interface MonthlyStatistics {
  readonly month: number;
  readonly period: StatisticsPeriod;
  /** Received in the month, by channel (template order), each with its share of the month. */
  readonly channels: readonly ChannelShare[];
  /** Replies served in the month, against their reply due dates. */
  readonly replies: ReplyTimeliness;
}

/** The twelve months of a year in two grouped SQL aggregations (the supervisor's charts). */
export async function buildMonthlyStatistics(
  em: EntityManager,
  calendar: WorkingDayCalendar,
  scope: AgencyScope,
  year: number,
): Promise<MonthlyStatistics[]> {
  assertYear(year);
  const period = yearPeriod(year);
  const channels = await countChannelsByMonth(em, scope, period);
  const replies = await countReplyTimelinessByMonth(em, calendar, scope, period);
  const none: ChannelShare[] = CHANNELS.map((channel) => ({
    channel,
    label: CHANNEL_LABELS[channel],
    received: 0,
    percentage: '0.00',
  }));
  return Array.from({ length: 12 }, (_, i) => i + 1).map((month) => ({
    month,
    period: monthPeriod(year, month),
    channels: channels.get(month) ?? none,
    replies: replies.get(month) ?? NO_REPLIES,
  }));
}
