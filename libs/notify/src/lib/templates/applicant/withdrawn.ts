import { z } from 'zod';
import {
  type ApplicantMailData,
  applicantFields,
  defineTemplate,
  greeting,
  subject,
} from '../common.js';
import { formatDate } from '../format.js';
import { localDate } from '../schema.js';

/** Confirms the applicant's own withdrawal (撤回). */
export interface WithdrawnData extends ApplicantMailData {
  withdrawnOn: string;
}

const schema = z.object({
  ...applicantFields,
  withdrawnOn: localDate(),
}) satisfies z.ZodType<WithdrawnData>;

export const withdrawn = defineTemplate(schema, (d) => ({
  subject: subject('申请已撤回', d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.applicantName),
  blocks: [
    {
      kind: 'paragraph',
      text:
        `您已于${formatDate(d.withdrawnOn)}撤回向${d.agencyName}提交的政府信息公开申请` +
        `（登记号：${d.trackingNumber}），本机关不再处理该申请。`,
    },
    {
      kind: 'details',
      rows: [
        ['登记号', d.trackingNumber],
        ['撤回日期', formatDate(d.withdrawnOn)],
      ],
    },
    {
      kind: 'paragraph',
      text: '如仍需获取相关政府信息，您可以重新提交申请。如撤回并非您本人的操作，请尽快与本机关联系。',
    },
  ],
}));
