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
import { localDate, longText } from '../schema.js';

/** 延期答复告知书 (Art. 33(2)): the extension the head of the disclosure office approved. */
export interface ExtensionNoticeData extends ApplicantMailData {
  /** The reply due date before the extension, when known. */
  originalDueOn?: string;
  /** The reply due date after the extension. */
  extendedDueOn: string;
  /** Why more time is needed, as the officer wrote it. */
  reason: string;
}

const schema = z.object({
  ...applicantFields,
  originalDueOn: localDate().optional(),
  extendedDueOn: localDate(),
  reason: longText(10_000),
}) satisfies z.ZodType<ExtensionNoticeData>;

export const extensionNotice = defineTemplate(schema, (d) => ({
  subject: subject('延期答复告知', d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.applicantName),
  blocks: [
    {
      kind: 'paragraph',
      text:
        `您向${d.agencyName}提交的政府信息公开申请（登记号：${d.trackingNumber}）需要延长答复期限。` +
        `依照${REG}第三十三条第二款，经政府信息公开工作机构负责人同意，延长答复期限` +
        `（延长的期限最长不超过20个工作日），延长后的答复期限为${formatDate(d.extendedDueOn)}。`,
    },
    {
      kind: 'details',
      rows: [
        ['登记号', d.trackingNumber],
        ['原答复期限', d.originalDueOn && formatDate(d.originalDueOn)],
        ['延长后的答复期限', `${formatDate(d.extendedDueOn)}前`],
      ],
    },
    { kind: 'heading', text: '延期理由' },
    { kind: 'text', text: d.reason },
  ],
}));
