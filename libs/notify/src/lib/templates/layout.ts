/**
 * The one layout every e-mail shares: a header (政府信息公开 + the agency), the body, a footer.
 * A template describes its body as blocks; this file turns the same blocks into the plain-text and
 * the HTML part, so the two never drift apart. Every string is treated as data: the HTML part
 * escapes all of it, and no block accepts markup.
 */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A table cell, optionally a link. */
export type Cell = string | { text: string; href: string };

export type Block =
  /** One paragraph. Line breaks inside it become `<br>`. */
  | { kind: 'paragraph'; text: string }
  /** Long, user-written text: blank lines separate paragraphs, single line breaks become `<br>`. */
  | { kind: 'text'; text: string }
  /** A sub-heading. */
  | { kind: 'heading'; text: string }
  /** Something the reader must not miss. */
  | { kind: 'notice'; text: string }
  /** Key/value rows; rows whose value is `undefined` are left out. */
  | { kind: 'details'; rows: readonly (readonly [label: string, value: string | undefined])[] }
  | { kind: 'list'; items: readonly string[]; ordered?: boolean }
  /** A labelled link, e.g. `查询地址：https://…`. */
  | { kind: 'link'; label: string; url: string }
  /** A small table with a header row. */
  | { kind: 'table'; columns: readonly string[]; rows: readonly (readonly Cell[])[] };

export interface MailContent {
  subject: string;
  /** Second header line, under 政府信息公开. */
  agencyName?: string;
  /** `张三：`; shown first. */
  greeting?: string;
  blocks: readonly Block[];
  /** A closing line, e.g. the agency and the date, right-aligned in HTML. */
  signature?: readonly string[];
}

/** Kept for the diagnostic mail: plain paragraphs only. */
export interface SimpleMailContent {
  subject: string;
  paragraphs: readonly string[];
}

export const SYSTEM_NAME = '政府信息公开';
export const FOOTER = '本邮件由公开（Gongkai）政府信息公开申请办理系统自动发送，请勿直接回复。';

export const escapeHtml = (value: string): string =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Normalises line endings and trims blank lines at both ends. */
const normalize = (value: string): string =>
  value
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');

/** Paragraphs of a long text: separated by one or more blank lines. */
export const paragraphsOf = (value: string): string[] =>
  normalize(value)
    .split(/\n{2,}/)
    .filter((p) => p.trim().length > 0);

const escapeLines = (value: string): string => escapeHtml(normalize(value)).replace(/\n/g, '<br>');

/** A subject is one header line: no line breaks, no runs of spaces. */
const subjectLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);

const TH =
  'style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;color:#555;white-space:nowrap;font-weight:normal"';
const TD = 'style="vertical-align:top;padding:6px 0"';
const TABLE = 'style="border-collapse:collapse;margin:12px 0;width:100%"';
const ROW = 'style="border-bottom:1px solid #eee"';

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return normalize(block.text);
    case 'text':
      return paragraphsOf(block.text).join('\n\n');
    case 'heading':
      return `【${normalize(block.text)}】`;
    case 'notice':
      return `※ ${normalize(block.text)}`;
    case 'details':
      return block.rows
        .filter(([, value]) => value !== undefined)
        .map(([label, value]) => `${label}：${normalize(value!)}`)
        .join('\n');
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${normalize(item)}`)
        .join('\n');
    case 'link':
      return `${block.label}：${block.url}`;
    case 'table':
      return block.rows
        .map(
          (row, i) =>
            `${i + 1}. ` +
            row.map((cell, c) => `${block.columns[c]}：${normalize(cellText(cell))}`).join('；') +
            row
              .filter((cell) => typeof cell !== 'string')
              .map((cell) => `\n   ${cell.href}`)
              .join(''),
        )
        .join('\n');
  }
}

function cellHtml(cell: Cell): string {
  return typeof cell === 'string'
    ? escapeLines(cell)
    : `<a href="${escapeHtml(cell.href)}">${escapeLines(cell.text)}</a>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeLines(block.text)}</p>`;
    case 'text':
      return paragraphsOf(block.text)
        .map((p) => `<p>${escapeLines(p)}</p>`)
        .join('');
    case 'heading':
      return `<h3 style="font-size:16px;margin:20px 0 8px">${escapeHtml(block.text)}</h3>`;
    case 'notice':
      return `<p style="background:#fff4e5;border-left:4px solid #e67e22;padding:8px 12px"><strong>${escapeLines(block.text)}</strong></p>`;
    case 'details':
      return (
        `<table ${TABLE}>` +
        block.rows
          .filter(([, value]) => value !== undefined)
          .map(
            ([label, value]) =>
              `<tr ${ROW}><th scope="row" ${TH}>${escapeHtml(label)}</th><td ${TD}>${escapeLines(value!)}</td></tr>`,
          )
          .join('') +
        '</table>'
      );
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeLines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'link':
      return `<p>${escapeHtml(block.label)}：<a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></p>`;
    case 'table':
      return (
        `<table ${TABLE}><tr ${ROW}>` +
        block.columns.map((c) => `<th ${TH}>${escapeHtml(c)}</th>`).join('') +
        '</tr>' +
        block.rows
          .map(
            (row) =>
              `<tr ${ROW}>${row.map((cell) => `<td ${TD}>${cellHtml(cell)}</td>`).join('')}</tr>`,
          )
          .join('') +
        '</table>'
      );
  }
}

export function renderMail(content: MailContent): RenderedMail {
  const subject = subjectLine(content.subject);
  const header = content.agencyName ? `${SYSTEM_NAME} · ${content.agencyName}` : SYSTEM_NAME;
  const text = [
    header,
    '='.repeat(20),
    '',
    ...(content.greeting ? [content.greeting, ''] : []),
    ...content.blocks.flatMap((block) => [blockText(block), '']),
    ...(content.signature ? [...content.signature, ''] : []),
    '—',
    FOOTER,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:16px 0;background:#f4f4f4">',
    '<div style="max-width:640px;margin:auto;background:#fff;color:#222;line-height:1.7;font-size:15px;',
    "font-family:-apple-system,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif\">",
    '<div style="background:#b22222;color:#fff;padding:14px 24px">',
    `<div style="font-size:20px;font-weight:bold">${SYSTEM_NAME}</div>`,
    content.agencyName ? `<div style="font-size:14px">${escapeHtml(content.agencyName)}</div>` : '',
    '</div><div style="padding:8px 24px 16px">',
    content.greeting ? `<p>${escapeHtml(content.greeting)}</p>` : '',
    ...content.blocks.map(blockHtml),
    content.signature
      ? `<p style="text-align:right">${content.signature.map(escapeHtml).join('<br>')}</p>`
      : '',
    '</div>',
    `<div style="border-top:1px solid #eee;padding:12px 24px;color:#888;font-size:12px">${escapeHtml(FOOTER)}</div>`,
    '</div></body></html>',
  ].join('');
  return { subject, text, html };
}

/** The original paragraphs-only layout (the diagnostic mail). */
export function renderLayout(content: SimpleMailContent): RenderedMail {
  return renderMail({
    subject: content.subject,
    blocks: content.paragraphs.map((text) => ({ kind: 'paragraph', text })),
  });
}
