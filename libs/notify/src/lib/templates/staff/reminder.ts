import { z } from 'zod';
import { applicationUrl, defineTemplate, greeting, REG, subject } from '../common.js';
import { formatDate, formatWorkingDays } from '../format.js';
import { httpUrl, line, localDate } from '../schema.js';

/** What falls due. One reminder mail is about one item of one application. */
export const REMINDER_KINDS = [
  'CONFIRMATION_PENDING',
  'SUPPLEMENT_NOTICE_WINDOW_CLOSING',
  'REPLY_DUE_SOON',
  'REPLY_DUE_TODAY',
  'REPLY_OVERDUE',
  'CONSULTATION_ANSWER_DUE',
  'FEE_PAYMENT_DUE',
  'SUPPLEMENT_DEADLINE_PASSED',
  'UNASSIGNED',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** To a case officer (or a supervisor, on escalation). */
export interface ReminderData {
  agencyName: string;
  kind: ReminderKind;
  applicationId: string;
  trackingNumber: string;
  /** The addressee; `您好` when absent. */
  recipientName?: string;
  /** The date the item falls due (absent e.g. for an unconfirmed online filing). */
  dueOn?: string;
  /** Working days from today to `dueOn`: 0 = today, negative = overdue by that many. */
  workingDaysLeft?: number;
  /** Who holds the application, when someone does. */
  assigneeName?: string;
  portalUrl: string;
}

const schema = z.object({
  agencyName: line(),
  kind: z.enum(REMINDER_KINDS),
  applicationId: line(64),
  trackingNumber: line(64),
  recipientName: line().optional(),
  dueOn: localDate().optional(),
  workingDaysLeft: z.int().optional(),
  assigneeName: line().optional(),
  portalUrl: httpUrl(),
}) satisfies z.ZodType<ReminderData>;

/** `还剩3个工作日` / `今日到期` / `已逾期2个工作日`. */
export function remainingLabel(workingDaysLeft: number): string {
  if (workingDaysLeft > 0) return `还剩${formatWorkingDays(workingDaysLeft)}`;
  if (workingDaysLeft === 0) return '今日到期';
  return `已逾期${formatWorkingDays(-workingDaysLeft)}`;
}

function title(d: ReminderData): string {
  switch (d.kind) {
    case 'CONFIRMATION_PENDING':
      return '网上申请待确认收到';
    case 'SUPPLEMENT_NOTICE_WINDOW_CLOSING':
      return '补正告知期限即将届满';
    case 'REPLY_DUE_SOON':
      return d.workingDaysLeft !== undefined && d.workingDaysLeft > 0
        ? `答复期限还剩${formatWorkingDays(d.workingDaysLeft)}`
        : '答复期限即将届满';
    case 'REPLY_DUE_TODAY':
      return '今日为答复期限届满日';
    case 'REPLY_OVERDUE':
      return '已超过答复期限';
    case 'CONSULTATION_ANSWER_DUE':
      return '征求意见期限届满';
    case 'FEE_PAYMENT_DUE':
      return '缴费期限届满';
    case 'SUPPLEMENT_DEADLINE_PASSED':
      return '补正期限已过';
    case 'UNASSIGNED':
      return '申请尚未分配经办人';
  }
}

const DUE_LABEL: Readonly<Record<ReminderKind, string>> = {
  CONFIRMATION_PENDING: '确认期限',
  SUPPLEMENT_NOTICE_WINDOW_CLOSING: '补正告知期限',
  REPLY_DUE_SOON: '答复期限',
  REPLY_DUE_TODAY: '答复期限',
  REPLY_OVERDUE: '答复期限',
  CONSULTATION_ANSWER_DUE: '征求意见期限',
  FEE_PAYMENT_DUE: '缴费期限',
  SUPPLEMENT_DEADLINE_PASSED: '补正期限',
  UNASSIGNED: '答复期限',
};

const ADVICE: Readonly<Record<ReminderKind, string>> = {
  CONFIRMATION_PENDING: `网上提交的申请以双方确认之日为收到申请之日（${REG}第三十一条），请及时确认收到申请。`,
  SUPPLEMENT_NOTICE_WINDOW_CLOSING:
    '申请内容不明确的，应当自收到申请之日起7个工作日内一次性告知申请人补正（条例第三十条），请在期限内发出补正告知。',
  REPLY_DUE_SOON:
    '请在答复期限内作出答复并送达；确需延长的，须经政府信息公开工作机构负责人同意，并告知申请人（条例第三十三条第二款）。',
  REPLY_DUE_TODAY: '今日为答复期限的最后一日，答复应于今日送达（以送达之日为准）。',
  REPLY_OVERDUE: '该申请已超过法定答复期限，请立即处理并向负责人报告。',
  CONSULTATION_ANSWER_DUE:
    '征求意见期限已届满。被征求意见方逾期未提出意见的，由本机关依照条例的规定决定是否公开（条例第三十二条、第三十四条）。',
  FEE_PAYMENT_DUE:
    '缴费期限已届满。申请人逾期未按收费通知要求缴纳费用的，视为放弃申请；请核实缴费情况后办理。',
  SUPPLEMENT_DEADLINE_PASSED:
    '补正期限已过。申请人无正当理由逾期不补正的，视为放弃申请（条例第三十条）；请核实是否收到补正材料后办理。',
  UNASSIGNED: '该申请尚无经办人，请尽快分配，以免耽误法定期限。',
};

export const reminder = defineTemplate(schema, (d) => ({
  subject: subject(`提醒：${title(d)}`, d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.recipientName, '您好'),
  blocks: [
    { kind: 'paragraph', text: `${title(d)}。${ADVICE[d.kind]}` },
    {
      kind: 'details',
      rows: [
        ['登记号', d.trackingNumber],
        ['事项', title(d)],
        [DUE_LABEL[d.kind], d.dueOn && formatDate(d.dueOn)],
        [
          '剩余时间',
          d.workingDaysLeft === undefined ? undefined : remainingLabel(d.workingDaysLeft),
        ],
        ['经办人', d.kind === 'UNASSIGNED' ? '未分配' : d.assigneeName],
      ],
    },
    { kind: 'link', label: '办理页面', url: applicationUrl(d.portalUrl, d.applicationId) },
  ],
}));
