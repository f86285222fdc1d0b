// The holidays and make-up working days of a notice as an administrator types them: one line a
// day or a block of days with its holiday's name ("2027-02-06~2027-02-13 春节"), and back.

export interface ListedDay {
  date: string;
  name: string;
}

/** Consecutive days with the same name: one line of a notice. */
export interface DayBlock {
  from: string;
  to: string;
  days: number;
  name: string;
}

export type ParsedLines =
  { ok: true; days: ListedDay[] } | { ok: false; line: number; text: string };

const LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:~|～|至)\s*(\d{4}-\d{2}-\d{2}))?\s+(\S.*)$/;
/** No notice has a block this long; a longer one is a typing mistake. */
const MAX_BLOCK_DAYS = 31;
const DAY_MS = 86_400_000;

/** Milliseconds of a YYYY-MM-DD at UTC midnight, or null for a date that does not exist. */
function epochMs(date: string): number | null {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date ? null : ms;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Every listed day of the text, blocks expanded; the first line it cannot read otherwise. */
export function parseDayLines(text: string): ParsedLines {
  const days: ListedDay[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const match = LINE.exec(line);
    const from = match ? epochMs(match[1] as string) : null;
    const to = match?.[2] ? epochMs(match[2]) : from;
    if (
      !match ||
      from === null ||
      to === null ||
      to < from ||
      (to - from) / DAY_MS >= MAX_BLOCK_DAYS
    ) {
      return { ok: false, line: index + 1, text: line };
    }
    const name = (match[3] as string).trim();
    for (let ms = from; ms <= to; ms += DAY_MS) days.push({ date: isoDay(ms), name });
  }
  return { ok: true, days };
}

/** Days in date order, consecutive days of the same holiday joined into one block. */
export function dayBlocks(days: readonly ListedDay[]): DayBlock[] {
  const blocks: DayBlock[] = [];
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = blocks[blocks.length - 1];
    const ms = epochMs(day.date) ?? 0;
    if (last && last.name === day.name && (epochMs(last.to) ?? 0) + DAY_MS === ms) {
      last.to = day.date;
      last.days += 1;
    } else {
      blocks.push({ from: day.date, to: day.date, days: 1, name: day.name });
    }
  }
  return blocks;
}

/** The lines `parseDayLines` reads back into the same days. */
export function dayLines(days: readonly ListedDay[]): string {
  return dayBlocks(days)
    .map((b) => (b.days === 1 ? `${b.from} ${b.name}` : `${b.from}~${b.to} ${b.name}`))
    .join('\n');
}
