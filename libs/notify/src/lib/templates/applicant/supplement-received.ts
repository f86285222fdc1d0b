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

/** To the applicant, when the supplemented application has arrived: the clock restarts. */
export interface SupplementReceivedData extends ApplicantMailData {
  /** The day the agency received the supplement: the new base date. */
  supplementReceivedOn: string;
  /** 20 working days from that day. */
  replyDueOn: string;
}

const schema = z.object({
  ...applicantFields,
  supplementReceivedOn: localDate(),
  replyDueOn: localDate(),
}) satisfies z.ZodType<SupplementReceivedData>;

export const supplementReceived = defineTemplate(schema, (d) => ({
  subject: subject('已收到补正材料', d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.applicantName),
  blocks: [
    {
      kind: 'paragraph',
      text: `${d.agencyName}已于${formatDate(d.supplementReceivedOn)}收到您补正后的政府信息公开申请。`,
    },
    {
      kind: 'details',
      rows: [
        ['登记号', d.trackingNumber],
        ['收到补正之日', formatDate(d.supplementReceivedOn)],
        ['答复期限', `${formatDate(d.replyDueOn)}前`],
      ],
    },
    {
      kind: 'paragraph',
      text:
        `依照${REG}第三十条，答复期限自本机关收到补正后的申请之日起重新计算。` +
        `本机关将最迟于${formatDate(d.replyDueOn)}作出答复；需要延长答复期限的，将另行告知。`,
    },
  ],
}));
