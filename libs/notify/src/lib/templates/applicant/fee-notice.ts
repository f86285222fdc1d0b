import { z } from 'zod';
import {
  type ApplicantMailData,
  applicantFields,
  defineTemplate,
  FEE_MEASURES,
  greeting,
  subject,
} from '../common.js';
import { formatAmount, formatAmountInYuan, formatDate } from '../format.js';
import { fen, line, localDate, longText } from '../schema.js';

/** One line of the fee breakdown, e.g. `按件计收（第11—30件，20件）` `¥200.00`. */
export interface FeeLine {
  description: string;
  amountFen: number;
}

/** 收费通知 (国办函〔2020〕109号): the processing fee, how and by when to pay. */
export interface FeeNoticeData extends ApplicantMailData {
  /** The total, in integer fen; must equal the sum of the lines. */
  amountFen: number;
  lines: FeeLine[];
  /** How to pay, as the agency publishes it (account, QR page, counter…). */
  paymentMethod: string;
  /** The last day to pay: 20 working days from the day after receiving the notice. */
  paymentDueOn: string;
}

const schema = z
  .object({
    ...applicantFields,
    amountFen: fen(),
    lines: z
      .array(z.object({ description: line(500), amountFen: fen() }))
      .min(1)
      .max(50),
    paymentMethod: longText(5_000),
    paymentDueOn: localDate(),
  })
  .refine((d) => d.lines.reduce((sum, l) => sum + l.amountFen, 0) === d.amountFen, {
    message: 'amountFen must equal the sum of the lines',
    path: ['amountFen'],
  }) satisfies z.ZodType<FeeNoticeData>;

export const feeNotice = defineTemplate(schema, (d) => ({
  subject: subject('信息处理费收费通知', d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.applicantName),
  blocks: [
    {
      kind: 'paragraph',
      text:
        `您向${d.agencyName}提交的政府信息公开申请（登记号：${d.trackingNumber}），` +
        `依照${FEE_MEASURES}应缴纳信息处理费${formatAmountInYuan(d.amountFen)}。`,
    },
    { kind: 'heading', text: '费用明细' },
    {
      kind: 'details',
      rows: [
        ...d.lines.map((l) => [l.description, formatAmount(l.amountFen)] as const),
        ['合计', formatAmount(d.amountFen)],
      ],
    },
    {
      kind: 'details',
      rows: [
        ['登记号', d.trackingNumber],
        ['应缴金额', formatAmount(d.amountFen)],
        ['缴费期限', `${formatDate(d.paymentDueOn)}前`],
      ],
    },
    { kind: 'heading', text: '缴费方式' },
    { kind: 'text', text: d.paymentMethod },
    {
      kind: 'paragraph',
      text: `请自收到本通知次日起20个工作日内，即${formatDate(d.paymentDueOn)}前缴纳。本机关收到费用后继续办理您的申请。`,
    },
    {
      kind: 'notice',
      text: '逾期未按本通知要求缴纳费用的，视为放弃申请，本机关不再处理该政府信息公开申请。',
    },
  ],
}));
