import { Tag, Typography } from 'antd';
import { formatLocalDate, todayInShanghai } from '../format/date.js';
import type { ApplicationStatus } from '../graphql/generated/graphql.js';
import { useMessages } from '../i18n/index.js';
import { isOpenStatus } from './status-tag.js';

const DAY_MS = 86_400_000;
/** Calendar days ahead at which a due date is flagged; the clock counts working days. */
const DUE_SOON_DAYS = 7;

const daysUntil = (date: string, today: string) =>
  Math.round((Date.parse(date) - Date.parse(today)) / DAY_MS);

/** A reply due date, marked overdue (red) or due soon (orange) while the application is open. */
export function DueDate({ dueOn, status }: { dueOn?: string | null; status: ApplicationStatus }) {
  const m = useMessages();
  if (!dueOn) return <Typography.Text type="secondary">{m.common.notYet}</Typography.Text>;
  const days = daysUntil(dueOn, todayInShanghai());
  const open = isOpenStatus(status);
  return (
    <span>
      {formatLocalDate(dueOn)} {open && days < 0 && <Tag color="red">{m.staff.overdue}</Tag>}
      {open && days >= 0 && days <= DUE_SOON_DAYS && <Tag color="orange">{m.staff.dueSoon}</Tag>}
    </span>
  );
}
