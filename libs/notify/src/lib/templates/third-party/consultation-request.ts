import { z } from 'zod';
import { defineTemplate, greeting, REG, signature, subject } from '../common.js';
import { formatDate } from '../format.js';
import { line, localDate, longText } from '../schema.js';

/** 征求意见书 to a third party whose lawful rights the disclosure may harm (Art. 32). */
export interface ConsultationRequestData {
  agencyName: string;
  /** The third party, by name: the addressee. */
  thirdPartyName: string;
  /** The application's tracking number: the reference to quote when answering. */
  trackingNumber: string;
  /** A short description of the information concerned (no applicant data). */
  informationDescription: string;
  /** 15 working days after the third party receives this request. */
  answerDueOn: string;
  /** The day the request is issued; printed under the signature. */
  requestedOn: string;
  /** How to answer: address, e-mail, phone. */
  answerInstructions?: string;
}

const schema = z.object({
  agencyName: line(),
  thirdPartyName: line(),
  trackingNumber: line(64),
  informationDescription: longText(5_000),
  answerDueOn: localDate(),
  requestedOn: localDate(),
  answerInstructions: longText(5_000).optional(),
}) satisfies z.ZodType<ConsultationRequestData>;

export const consultationRequest = defineTemplate(schema, (d) => ({
  subject: subject(`${d.agencyName}征求意见书`, d.trackingNumber),
  agencyName: d.agencyName,
  greeting: greeting(d.thirdPartyName, '第三方'),
  blocks: [
    {
      kind: 'paragraph',
      text:
        `${d.agencyName}收到一件政府信息公开申请，申请公开的政府信息可能涉及您的合法权益。` +
        `依照${REG}第三十二条，现书面征求您的意见。`,
    },
    { kind: 'heading', text: '涉及的政府信息' },
    { kind: 'text', text: d.informationDescription },
    {
      kind: 'details',
      rows: [
        ['征求意见机关', d.agencyName],
        ['申请登记号', d.trackingNumber],
        ['提出意见期限', `${formatDate(d.answerDueOn)}前`],
      ],
    },
    {
      kind: 'paragraph',
      text:
        `请自收到本征求意见书之日起15个工作日内，即${formatDate(d.answerDueOn)}前，` +
        '以书面形式提出是否同意公开的意见；不同意公开的，请说明理由。答复时请注明申请登记号。',
    },
    ...(d.answerInstructions
      ? [
          { kind: 'heading', text: '提出意见的方式' } as const,
          { kind: 'text', text: d.answerInstructions } as const,
        ]
      : []),
    {
      kind: 'notice',
      text: '逾期未提出意见的，由本机关依照条例的规定决定是否公开。',
    },
    {
      kind: 'paragraph',
      text:
        '您不同意公开且有合理理由的，本机关不予公开。本机关认为不公开可能对公共利益造成重大影响的，' +
        '可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您。',
    },
  ],
  signature: signature(d.agencyName, d.requestedOn),
}));
