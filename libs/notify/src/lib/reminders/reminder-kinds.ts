import type { ReminderKind } from '../templates/templates.js';

/** Who hears of a reminder. `ASSIGNEE` falls back to the agency's officers when nobody holds it. */
export type Audience = 'ASSIGNEE' | 'OFFICERS' | 'SUPERVISORS' | 'ASSIGNEE_AND_SUPERVISORS';

/**
 * What the daily scan looks for. The log kind is the reminder-log key: the two "reply due soon"
 * reminders (5 and 1 working days before) share a template but are separate reminders.
 */
export const REMINDER_RULES = {
  CONFIRMATION_PENDING: { template: 'CONFIRMATION_PENDING', audience: 'OFFICERS' },
  SUPPLEMENT_NOTICE_WINDOW_CLOSING: {
    template: 'SUPPLEMENT_NOTICE_WINDOW_CLOSING',
    audience: 'ASSIGNEE',
  },
  REPLY_DUE_IN_5: { template: 'REPLY_DUE_SOON', audience: 'ASSIGNEE' },
  REPLY_DUE_IN_1: { template: 'REPLY_DUE_SOON', audience: 'ASSIGNEE' },
  REPLY_DUE_TODAY: { template: 'REPLY_DUE_TODAY', audience: 'ASSIGNEE' },
  REPLY_OVERDUE: { template: 'REPLY_OVERDUE', audience: 'ASSIGNEE_AND_SUPERVISORS' },
  CONSULTATION_ANSWER_DUE: { template: 'CONSULTATION_ANSWER_DUE', audience: 'ASSIGNEE' },
  FEE_PAYMENT_DUE: { template: 'FEE_PAYMENT_DUE', audience: 'ASSIGNEE' },
  SUPPLEMENT_DEADLINE_PASSED: { template: 'SUPPLEMENT_DEADLINE_PASSED', audience: 'ASSIGNEE' },
  UNASSIGNED: { template: 'UNASSIGNED', audience: 'SUPERVISORS' },
} as const satisfies Record<string, { template: ReminderKind; audience: Audience }>;

export type ReminderLogKind = keyof typeof REMINDER_RULES;
