import { z } from 'zod';
import { Outcome } from '@gongkai/rules';
import {
  type ApplicantMailData,
  applicantFields,
  defineTemplate,
  greeting,
  signature,
  subject,
} from '../common.js';
import { formatDate } from '../format.js';
import { line, localDate, longText } from '../schema.js';
import { outcomeLabel } from './outcome-label.js';

/** The reply (答复/告知书), with how to obtain the information and the remedies. */
export interface ReplyIssuedData extends ApplicantMailData {
  outcome: Outcome;
  /** The reply letter's text as issued; paragraphs separated by blank lines are kept. */
  replyText: string;
  /** The date of the reply letter. */
  issuedOn: string;
  /** The legal receipt date, for `本机关于…收到您的申请`. */
  receivedOn?: string;
  /** 获取方式 label, e.g. `电子邮件`, `邮寄`. */
  obtainingMethod?: string;
  /** How, where and when to obtain the information (Art. 36(1)(2), Art. 37). */
  accessInstructions?: string;
  /** 行政复议机关, e.g. `某某市人民政府`; the remedy sentence stays generic without it. */
  reviewBody?: string;
}

const schema = z.object({
  ...applicantFields,
  outcome: z.enum(Outcome),
  replyText: longText(),
  issuedOn: localDate(),
  receivedOn: localDate().optional(),
  obtainingMethod: line(100).optional(),
  accessInstructions: longText(10_000).optional(),
  reviewBody: line().optional(),
}) satisfies z.ZodType<ReplyIssuedData>;

/** 60 days / 6 months (calendar periods) from receipt of the reply (regulation.md §7). */
export function remedies(reviewBody: string | undefined): string {
  const review = reviewBody ? `向${reviewBody}申请行政复议` : '依法申请行政复议';
  return (
    `如对本答复不服，可以自收到本答复之日起60日内${review}，` +
    '也可以自收到本答复之日起6个月内依法向人民法院提起行政诉讼。'
  );
}

export const replyIssued = defineTemplate(schema, (d) => {
  const label = outcomeLabel(d.outcome);
  const obtaining = d.obtainingMethod !== undefined || d.accessInstructions !== undefined;
  return {
    subject: subject(`政府信息公开申请答复：${label}`, d.trackingNumber),
    agencyName: d.agencyName,
    greeting: greeting(d.applicantName),
    blocks: [
      {
        kind: 'paragraph',
        text: d.receivedOn
          ? `${d.agencyName}于${formatDate(d.receivedOn)}收到您的政府信息公开申请，现答复如下。`
          : `${d.agencyName}现对您的政府信息公开申请答复如下。`,
      },
      {
        kind: 'details',
        rows: [
          ['登记号', d.trackingNumber],
          ['办理结果', label],
          ['答复日期', formatDate(d.issuedOn)],
          ['获取方式', d.obtainingMethod],
        ],
      },
      { kind: 'heading', text: '答复内容' },
      { kind: 'text', text: d.replyText },
      ...(obtaining
        ? [
            { kind: 'heading', text: '获取信息的方式' } as const,
            {
              kind: 'text',
              text: d.accessInstructions ?? `本机关将通过${d.obtainingMethod}向您提供相关信息。`,
            } as const,
          ]
        : []),
      { kind: 'heading', text: '救济途径' },
      { kind: 'paragraph', text: remedies(d.reviewBody) },
    ],
    signature: signature(d.agencyName, d.issuedOn),
  };
});
