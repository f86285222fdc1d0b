/**
 * How mails write dates, money and counts. Dates are legal calendar days (`LocalDate`), turned
 * into text through epoch days, so the output never depends on the process's `TZ` or locale data.
 */
import { DomainError, type LocalDate, toEpochDay, weekdayOfEpochDay } from '@gongkai/rules';

/** Indexed like `weekdayOfEpochDay`: 0 = Sunday … 6 = Saturday. */
export const WEEKDAY_NAMES: readonly string[] = [
  '星期日',
  '星期一',
  '星期二',
  '星期三',
  '星期四',
  '星期五',
  '星期六',
];

/** `2024-10-30` → `2024年10月30日` (no leading zeros, as letters write dates). */
export function formatDateShort(date: LocalDate): string {
  toEpochDay(date); // throws DATE.INVALID on anything but a real calendar date
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** `2024-10-30` → `2024年10月30日（星期三）`. */
export function formatDate(date: LocalDate): string {
  const weekday = WEEKDAY_NAMES[weekdayOfEpochDay(toEpochDay(date))];
  return `${formatDateShort(date)}（${weekday}）`;
}

function splitFen(fen: number): { sign: string; yuan: string; cents: string } {
  if (!Number.isSafeInteger(fen)) {
    throw new DomainError('MAIL.INVALID_AMOUNT', '金额必须是以分为单位的整数 (amount in fen)');
  }
  const abs = Math.abs(fen);
  return {
    sign: fen < 0 ? '-' : '',
    yuan: String(Math.floor(abs / 100)),
    cents: String(abs % 100).padStart(2, '0'),
  };
}

/** Integer fen → `¥1,200.00` (grouped by thousands; no locale data involved). */
export function formatAmount(fen: number): string {
  const { sign, yuan, cents } = splitFen(fen);
  return `${sign}¥${yuan.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}

/** Integer fen → `1200.00元`, the form used in running text. */
export function formatAmountInYuan(fen: number): string {
  const { sign, yuan, cents } = splitFen(fen);
  return `${sign}${yuan}.${cents}元`;
}

/** `3` → `3个工作日`. */
export function formatWorkingDays(count: number): string {
  return `${count}个工作日`;
}

const QUARTER_NAMES = ['', '一', '二', '三', '四'];

/** `(2024, 3)` → `2024年第三季度`. */
export function formatQuarter(year: number, quarter: number): string {
  const name = QUARTER_NAMES[quarter];
  if (!Number.isInteger(quarter) || !name) {
    throw new DomainError('MAIL.INVALID_QUARTER', '季度必须是1至4 (quarter must be 1–4)');
  }
  return `${year}年第${name}季度`;
}

/** `portalUrl` + path, with exactly one slash between them. */
export function portalLink(portalUrl: string, path: string): string {
  return `${portalUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
