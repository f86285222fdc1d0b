import {
  DomainError,
  localDateInShanghai,
  quarterPeriod,
  yearPeriod,
  type StatisticsPeriod,
} from '@gongkai/rules';
import { ReportingErrorCode } from '../reporting-error-code.js';
import type { Quarter } from './quarterly-statistics.js';

/** Years the working-day calendar's domain covers. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new DomainError(
      ReportingErrorCode.INVALID_YEAR,
      `年份须在 ${FIRST_YEAR}–${LAST_YEAR} 之间`,
      {
        year,
      },
    );
  }
}

export function asQuarter(quarter: number): Quarter {
  if (quarter === 1 || quarter === 2 || quarter === 3 || quarter === 4) return quarter;
  throw new DomainError(ReportingErrorCode.INVALID_QUARTER, '季度须为 1–4', { quarter });
}

/** The quarter's period and the year-to-date period ending with it. */
export function quarterPeriods(
  year: number,
  quarter: Quarter,
): { period: StatisticsPeriod; yearToDate: StatisticsPeriod } {
  assertYear(year);
  const period = quarterPeriod(year, quarter);
  return { period, yearToDate: { from: yearPeriod(year).from, to: period.to } };
}

/** Refuses to publish or finalise a period that has not ended (Asia/Shanghai). */
export function assertPeriodOver(period: StatisticsPeriod, now: Date): void {
  const today = localDateInShanghai(now);
  if (period.to >= today) {
    throw new DomainError(
      ReportingErrorCode.PERIOD_NOT_OVER,
      `统计期至 ${period.to} 结束，尚不能发布 (the period has not ended)`,
      { to: period.to, today },
    );
  }
}

/** The quarter before the one containing `today`: what the quarterly job publishes. */
export function previousQuarter(now: Date): { year: number; quarter: Quarter } {
  const today = localDateInShanghai(now);
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return current === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: asQuarter(current - 1) };
}
