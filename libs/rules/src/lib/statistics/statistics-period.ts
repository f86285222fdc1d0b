import { DomainError } from '../errors/domain-error.js';
import { StatisticsErrorCode } from './statistics-error-code.js';
import { daysInMonth, isLocalDate, type LocalDate } from '../date/local-date.js';

/** An inclusive range of legal dates [from, to]: a year, a quarter, or any custom span. */
export interface StatisticsPeriod {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export function assertValidPeriod(period: StatisticsPeriod): void {
  if (!isLocalDate(period.from) || !isLocalDate(period.to) || period.from > period.to) {
    throw new DomainError(
      StatisticsErrorCode.INVALID_PERIOD,
      'A period needs two dates YYYY-MM-DD with from <= to.',
      {
        from: period.from,
        to: period.to,
      },
    );
  }
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function yearPeriod(year: number): StatisticsPeriod {
  return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
}

/** Calendar month 1–12 of a year. */
export function monthPeriod(year: number, month: number): StatisticsPeriod {
  return {
    from: `${pad(year, 4)}-${pad(month)}-01`,
    to: `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`,
  };
}

/** Calendar quarter 1–4 of a year. */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): StatisticsPeriod {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    from: `${pad(year, 4)}-${pad(firstMonth)}-01`,
    to: `${pad(year, 4)}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}
