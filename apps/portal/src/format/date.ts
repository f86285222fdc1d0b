// Dates as the portal shows them: 2026年11月27日 星期五. Legal dates (LocalDate) are calendar
// days already; instants (DateTime) are shown in Asia/Shanghai, where the agencies are.
const TIME_ZONE = 'Asia/Shanghai';

const weekdayFormat = new Intl.DateTimeFormat('zh-CN', { weekday: 'long', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-27` → `2026年11月27日 星期五`. */
export function formatLocalDate(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  if (!year || !month || !day) return localDate;
  const weekday = weekdayFormat.format(new Date(Date.UTC(year, month - 1, day)));
  return `${year}年${pad(month)}月${pad(day)}日 ${weekday}`;
}

/** An ISO instant → `2026年11月27日 星期五 09:30` in Asia/Shanghai. */
export function formatDateTime(instant: string): string {
  const parts = Object.fromEntries(
    instantFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return `${parts['year']}年${parts['month']}月${parts['day']}日 ${parts['weekday']} ${parts['hour']}:${parts['minute']}`;
}

/** Today's calendar date in Asia/Shanghai, as the server counts it (YYYY-MM-DD). */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}
