import { z } from 'zod';
import { defineTemplate, greeting, subject } from '../common.js';
import { formatQuarter } from '../format.js';
import { httpUrl, line } from '../schema.js';

/** The quarterly statistics of an agency were published (a correction is a new version). */
export interface StatisticsPublishedData {
  agencyName: string;
  recipientName?: string;
  year: number;
  /** 1–4. */
  quarter: number;
  /** 1 = first publication; higher = a correction. */
  version: number;
  /** Where the published statistics are. */
  url: string;
}

const schema = z.object({
  agencyName: line(),
  recipientName: line().optional(),
  year: z.int().min(2019).max(9999),
  quarter: z.int().min(1).max(4),
  version: z.int().min(1),
  url: httpUrl(),
}) satisfies z.ZodType<StatisticsPublishedData>;

export const statisticsPublished = defineTemplate(schema, (d) => {
  const period = formatQuarter(d.year, d.quarter);
  const corrected = d.version > 1;
  return {
    subject: subject(
      `${d.agencyName}${period}政府信息公开申请统计已${corrected ? `更正发布（第${d.version}版）` : '发布'}`,
    ),
    agencyName: d.agencyName,
    greeting: greeting(d.recipientName, '您好'),
    blocks: [
      {
        kind: 'paragraph',
        text: corrected
          ? `${d.agencyName}${period}政府信息公开申请办理情况统计已更正并重新发布（第${d.version}版），请以本版为准。`
          : `${d.agencyName}${period}政府信息公开申请办理情况统计已发布。`,
      },
      {
        kind: 'details',
        rows: [
          ['机关', d.agencyName],
          ['统计期间', period],
          ['版本', `第${d.version}版`],
        ],
      },
      { kind: 'link', label: '查看地址', url: d.url },
    ],
  };
});
