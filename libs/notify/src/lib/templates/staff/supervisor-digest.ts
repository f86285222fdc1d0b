import { z } from 'zod';
import { applicationUrl, defineTemplate, greeting, subject } from '../common.js';
import { formatDate, formatDateShort } from '../format.js';
import type { Block, Cell } from '../layout.js';
import { httpUrl, line, localDate } from '../schema.js';

export interface DigestItem {
  applicationId: string;
  trackingNumber: string;
  /** The date that matters for the section (usually the reply due date). */
  dueOn?: string;
  /** Absent: not assigned. */
  assigneeName?: string;
}

/** `count` is the full number; `items` may be the first few of them. */
export interface DigestSection {
  count: number;
  items: DigestItem[];
}

/** To a supervisor: what needs attention across the agency today. */
export interface SupervisorDigestData {
  agencyName: string;
  recipientName?: string;
  /** The day the digest describes. */
  digestOn: string;
  overdue: DigestSection;
  dueThisWeek: DigestSection;
  unassigned: DigestSection;
  awaitingExtensionDecision: DigestSection;
  portalUrl: string;
}

const item = z.object({
  applicationId: line(64),
  trackingNumber: line(64),
  dueOn: localDate().optional(),
  assigneeName: line().optional(),
});

const section = z
  .object({ count: z.int().min(0), items: z.array(item).max(500) })
  .refine((s) => s.items.length <= s.count, {
    message: 'count must not be smaller than the number of items',
    path: ['count'],
  });

const schema = z.object({
  agencyName: line(),
  recipientName: line().optional(),
  digestOn: localDate(),
  overdue: section,
  dueThisWeek: section,
  unassigned: section,
  awaitingExtensionDecision: section,
  portalUrl: httpUrl(),
}) satisfies z.ZodType<SupervisorDigestData>;

const SECTIONS = [
  ['overdue', '已逾期'],
  ['dueThisWeek', '本周到期'],
  ['unassigned', '未分配经办人'],
  ['awaitingExtensionDecision', '待审批延期'],
] as const;

function sectionBlocks(title: string, s: DigestSection, portalUrl: string): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: `${title}（${s.count}件）` }];
  if (s.count === 0) return [...blocks, { kind: 'paragraph', text: '无。' }];
  blocks.push({
    kind: 'table',
    columns: ['登记号', '期限', '经办人'],
    rows: s.items.map((i): Cell[] => [
      { text: i.trackingNumber, href: applicationUrl(portalUrl, i.applicationId) },
      i.dueOn ? formatDate(i.dueOn) : '—',
      i.assigneeName ?? '未分配',
    ]),
  });
  if (s.count > s.items.length) {
    blocks.push({
      kind: 'paragraph',
      text: `另有${s.count - s.items.length}件未列出，请登录系统查看。`,
    });
  }
  return blocks;
}

export const supervisorDigest = defineTemplate(schema, (d) => ({
  subject: subject(
    `督办摘要（${formatDateShort(d.digestOn)}）：逾期${d.overdue.count}件，本周到期${d.dueThisWeek.count}件`,
  ),
  agencyName: d.agencyName,
  greeting: greeting(d.recipientName, '您好'),
  blocks: [
    {
      kind: 'paragraph',
      text: `以下是${d.agencyName}截至${formatDate(d.digestOn)}需要关注的政府信息公开申请。`,
    },
    {
      kind: 'details',
      rows: SECTIONS.map(([key, title]) => [title, `${d[key].count}件`] as const),
    },
    ...SECTIONS.flatMap(([key, title]) => sectionBlocks(title, d[key], d.portalUrl)),
  ],
}));
