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
import { httpUrl, line, localDate } from '../schema.js';

/** To the applicant, right after an online filing. */
export interface AcknowledgmentData extends ApplicantMailData {
  /** The secret query code in clear: this mail is the only place it is ever shown. */
  queryCode: string;
  /** The day the application was submitted online (`YYYY-MM-DD`, Asia/Shanghai). */
  submittedOn: string;
  /** The public portal, e.g. `https://gk.example.gov.cn`. */
  portalUrl: string;
}

const schema = z.object({
  ...applicantFields,
  queryCode: line(64),
  submittedOn: localDate(),
  portalUrl: httpUrl(),
}) satisfies z.ZodType<AcknowledgmentData>;

export const acknowledgment = defineTemplate(schema, (d) => ({
  subject: subject('申请已提交', d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.applicantName),
  blocks: [
    {
      kind: 'paragraph',
      text: `您向${d.agencyName}提交的政府信息公开申请已通过网上渠道提交成功。`,
    },
    {
      kind: 'details',
      rows: [
        ['受理机关', d.agencyName],
        ['登记号', d.trackingNumber],
        ['查询码', d.queryCode],
        ['提交日期', formatDate(d.submittedOn)],
      ],
    },
    {
      kind: 'notice',
      text: '查询码仅在本邮件中显示一次，请妥善保存，查询码无法找回。请勿将查询码告知他人。',
    },
    {
      kind: 'paragraph',
      text: '您可以凭登记号和查询码在以下地址查询办理进度：',
    },
    { kind: 'link', label: '查询地址', url: trackUrl(d.portalUrl, d.trackingNumber) },
    {
      kind: 'paragraph',
      text:
        `依照${REG}第三十一条，通过互联网渠道提交的政府信息公开申请，以双方确认之日为收到申请之日，` +
        '答复期限自该日起计算。提交日期并非法定的收到申请之日。本机关确认收到申请后，将另行告知您收到申请的日期和答复期限。',
    },
  ],
}));
