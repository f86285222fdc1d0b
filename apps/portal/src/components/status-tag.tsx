import { Tag } from 'antd';
import type { ApplicationStatus } from '../graphql/generated/graphql.js';
import { useMessages } from '../i18n/index.js';

const COLORS: Record<ApplicationStatus, string> = {
  PENDING_CONFIRMATION: 'gold',
  IN_PROGRESS: 'blue',
  AWAITING_SUPPLEMENT: 'purple',
  AWAITING_CONSULTATION: 'cyan',
  AWAITING_FEE: 'magenta',
  REPLIED: 'green',
  CLOSED: 'default',
  WITHDRAWN: 'default',
};

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const m = useMessages();
  return <Tag color={COLORS[status]}>{m.statusShort[status]}</Tag>;
}

const OPEN: ApplicationStatus[] = [
  'PENDING_CONFIRMATION',
  'IN_PROGRESS',
  'AWAITING_SUPPLEMENT',
  'AWAITING_CONSULTATION',
  'AWAITING_FEE',
];

export const isOpenStatus = (status: ApplicationStatus) => OPEN.includes(status);
