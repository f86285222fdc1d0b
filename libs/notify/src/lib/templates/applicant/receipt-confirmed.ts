import { z } from 'zod';
import {
  type ApplicantMailData,
  applicantFields,
  defineTemplate,
  greeting,
  REG,
  subject,
} from '../common.js';
import { formatDate } from '../format.js';
import { localDate } from '../schema.js';

/** To the applicant, when the agency has fixed the legal receipt date (Art. 31). */
export interface ReceiptConfirmedData extends ApplicantMailData {
  /** 收到申请之日: the legal receipt date. */
  receivedOn: string;
  /** The last day of the 20 working days of Art. 33(2). */
  replyDueOn: string;
}

const schema = z.object({
  ...applicantFields,
  receivedOn: localDate(),
  replyDueOn: localDate(),
}) satisfies z.ZodType<ReceiptConfirmedData>;

export const receiptConfirmed = defineTemplate(schema, (d) => ({
  subject: subject('已确认收到申请', d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.applicantName),
  blocks: [
    {
      kind: 'paragraph',
      text: `${d.agencyName}已确认收到您的政府信息公开申请。收到申请之日为${formatDate(d.receivedOn)}。`,
    },
    {
      kind: 'details',
      rows: [
        ['登记号', d.trackingNumber],
        ['收到申请之日', formatDate(d.receivedOn)],
        ['答复期限', `${formatDate(d.replyDueOn)}前`],
      ],
    },
    {
      kind: 'paragraph',
      text:
        `依照${REG}第三十三条，本机关将自收到申请之日起20个工作日内，即最迟于${formatDate(d.replyDueOn)}作出答复；` +
        '需要延长答复期限的，将另行告知。征求第三方或其他机关意见所需时间不计算在答复期限内。',
    },
    {
      kind: 'paragraph',
      text: '如本机关要求您补正申请，答复期限自本机关收到补正后的申请之日起重新计算。',
    },
  ],
}));
