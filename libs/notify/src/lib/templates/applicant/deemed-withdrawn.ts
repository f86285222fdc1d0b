import { z } from 'zod';
import { DeemedWithdrawnReason } from '@gongkai/rules';
import {
  type ApplicantMailData,
  applicantFields,
  defineTemplate,
  FEE_MEASURES,
  greeting,
  REG,
  subject,
} from '../common.js';
import { formatDate } from '../format.js';
import { localDate } from '../schema.js';

/** 视为放弃申请: the application is closed because a deadline passed (Art. 30 / FEE). */
export interface DeemedWithdrawnData extends ApplicantMailData {
  reason: DeemedWithdrawnReason;
  /** The day the application was closed. */
  deemedWithdrawnOn: string;
  /** The supplement or payment deadline that passed, when known. */
  missedDueOn?: string;
}

const schema = z.object({
  ...applicantFields,
  reason: z.enum(DeemedWithdrawnReason),
  deemedWithdrawnOn: localDate(),
  missedDueOn: localDate().optional(),
}) satisfies z.ZodType<DeemedWithdrawnData>;

const REASONS: Readonly<
  Record<DeemedWithdrawnReason, { label: string; deadline: string; basis: string }>
> = {
  [DeemedWithdrawnReason.NO_SUPPLEMENT]: {
    label: '逾期未补正',
    deadline: '补正期限',
    basis: `依照${REG}第三十条，申请人无正当理由逾期不补正的，视为放弃申请`,
  },
  [DeemedWithdrawnReason.FEE_UNPAID]: {
    label: '逾期未缴纳信息处理费',
    deadline: '缴费期限',
    basis: `依照${FEE_MEASURES}，申请人逾期未按收费通知要求缴纳费用的，视为放弃申请`,
  },
};

export const deemedWithdrawn = defineTemplate(schema, (d) => {
  const reason = REASONS[d.reason];
  const missed = d.missedDueOn ? `（${formatDate(d.missedDueOn)}）` : '';
  return {
    subject: subject(`申请视为放弃：${reason.label}`, d.trackingNumber),
    agencyName: d.agencyName,
    greeting: greeting(d.applicantName),
    blocks: [
      {
        kind: 'paragraph',
        text:
          `您向${d.agencyName}提交的政府信息公开申请（登记号：${d.trackingNumber}），` +
          `${reason.deadline}${missed}已过，本机关未收到您的${d.reason === DeemedWithdrawnReason.NO_SUPPLEMENT ? '补正材料' : '缴费'}。` +
          `${reason.basis}，本机关自${formatDate(d.deemedWithdrawnOn)}起不再处理该申请。`,
      },
      {
        kind: 'details',
        rows: [
          ['登记号', d.trackingNumber],
          ['原因', reason.label],
          [reason.deadline, d.missedDueOn && formatDate(d.missedDueOn)],
          ['终止处理日期', formatDate(d.deemedWithdrawnOn)],
        ],
      },
      {
        kind: 'paragraph',
        text: '如仍需获取相关政府信息，您可以重新提交申请。',
      },
    ],
  };
});
