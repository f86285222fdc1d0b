/** Where an application stands (DESIGN.md §4). */
export enum ApplicationStatus {
  /** Online, fax or ordinary-letter application awaiting the Art. 31 confirmation. */
  PENDING_CONFIRMATION = 'PENDING_CONFIRMATION',
  IN_PROGRESS = 'IN_PROGRESS',
  AWAITING_SUPPLEMENT = 'AWAITING_SUPPLEMENT',
  AWAITING_CONSULTATION = 'AWAITING_CONSULTATION',
  AWAITING_FEE = 'AWAITING_FEE',
  /** Reply issued, not yet served. */
  REPLIED = 'REPLIED',
  /** Concluded: reply served, or deemed withdrawn (outcome OTHER_NO_SUPPLEMENT / OTHER_FEE_UNPAID). */
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.values(ApplicationStatus);

export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  [ApplicationStatus.PENDING_CONFIRMATION]: '待确认',
  [ApplicationStatus.IN_PROGRESS]: '办理中',
  [ApplicationStatus.AWAITING_SUPPLEMENT]: '待补正',
  [ApplicationStatus.AWAITING_CONSULTATION]: '征求意见中',
  [ApplicationStatus.AWAITING_FEE]: '待缴费',
  [ApplicationStatus.REPLIED]: '已答复',
  [ApplicationStatus.CLOSED]: '已办结',
  [ApplicationStatus.WITHDRAWN]: '已撤回',
};

/** Concluded applications: only a review can still be recorded on a CLOSED one. */
export const TERMINAL_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.CLOSED,
  ApplicationStatus.WITHDRAWN,
];

/**
 * The reply clock runs: the reply is due by the stored date (IN_PROGRESS), or is issued and still
 * to be served (REPLIED). Only these can be due soon or overdue. A consultation or fee wait pauses
 * the clock (Art. 32; the fee measures), so while it lasts the stored due date is a projection that
 * moves with every working day of the wait; a supplement request restarts the clock; a filing
 * awaiting confirmation has no receipt date yet. Those waits have reminders of their own.
 */
export const REPLY_CLOCK_RUNNING_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.IN_PROGRESS,
  ApplicationStatus.REPLIED,
];

/**
 * The reply clock is paused: the days of a consultation (Art. 32) or of waiting for the fee do not
 * count. The stored due date of such an application is the projection "if the wait ended today",
 * moved on every working day (libs/cases, job `clocks.refresh-paused`).
 */
export const REPLY_CLOCK_PAUSED_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.AWAITING_CONSULTATION,
  ApplicationStatus.AWAITING_FEE,
];

/** `<alias>.status in (…running…)`: the SQL form of REPLY_CLOCK_RUNNING_STATUSES. */
export function replyClockRunningSql(alias = 'a'): string {
  return `${alias}."status" in (${REPLY_CLOCK_RUNNING_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}

export function isTerminalStatus(status: ApplicationStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
