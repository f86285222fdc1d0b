import { z } from 'zod';
import {
  type ApplicantMailData,
  applicantFields,
  defineTemplate,
  greeting,
  REG,
  subject,
  trackUrl,
} from '../common.js';
import { formatDate } from '../format.js';
import { httpUrl, localDate, longText } from '../schema.js';

/** 补正告知书: one consolidated notice of everything to supplement (Art. 30). */
export interface SupplementRequestData extends ApplicantMailData {
  /** Every item to supplement, each as the officer wrote it (一次性告知). */
  items: string[];
  /** The supplement deadline the agency set. */
  supplementDueOn: string;
  portalUrl: string;
}

const schema = z.object({
  ...applicantFields,
  items: z.array(longText(5_000)).min(1).max(100),
  supplementDueOn: localDate(),
  portalUrl: httpUrl(),
}) satisfies z.ZodType<SupplementRequestData>;

export const supplementRequest = defineTemplate(schema, (d) => ({
  subject: subject('请补正政府信息公开申请', d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.applicantName),
  blocks: [
    {
      kind: 'paragraph',
      text:
        `您向${d.agencyName}提交的政府信息公开申请（登记号：${d.trackingNumber}）内容不明确。` +
        `依照${REG}第三十条，现一次性告知您需要补正的事项如下：`,
    },
    { kind: 'list', ordered: true, items: d.items },
    {
      kind: 'details',
      rows: [
        ['登记号', d.trackingNumber],
        ['补正期限', `${formatDate(d.supplementDueOn)}前`],
      ],
    },
    {
      kind: 'paragraph',
      text: `请于${formatDate(d.supplementDueOn)}前完成补正。您可以凭登记号和查询码在以下地址在线补正：`,
    },
    { kind: 'link', label: '补正地址', url: trackUrl(d.portalUrl, d.trackingNumber) },
    {
      kind: 'paragraph',
      text: '答复期限自本机关收到补正后的申请之日起计算。',
    },
    {
      kind: 'notice',
      text: '无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。',
    },
  ],
}));
