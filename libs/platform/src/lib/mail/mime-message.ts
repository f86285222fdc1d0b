import { randomUUID } from 'node:crypto';
import { domainToASCII } from 'node:url';
import addressparser from 'nodemailer/lib/addressparser';

/** The sender, parsed once from MAIL_FROM: the From header and the envelope address. */
export interface MimeSender {
  readonly header: string;
  readonly address: string;
  /** For Message-IDs: `<uuid@domain>`. */
  readonly domain: string;
}

export interface MimeParts {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Extra headers, ASCII names and values (ids). */
  readonly headers: Readonly<Record<string, string>>;
}

/** Printable ASCII, nothing that could end a header line. */
const PRINTABLE = /^[\x20-\x7e]*$/;
/** A display name that needs no quoting (RFC 5322 atext and spaces). */
const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/;

/** Parses `Name <address>` or `address`; null when it holds no single mailbox. */
export function parseSender(from: string): MimeSender | null {
  const [first, ...rest] = addressparser(from, { flatten: true });
  if (!first?.address || rest.length > 0) return null;
  const address = asciiAddress(first.address);
  if (!address) return null;
  const header = first.name ? `${phrase(first.name)} <${address}>` : address;
  return { header, address, domain: address.slice(address.lastIndexOf('@') + 1) };
}

/**
 * The whole message, built in one pass over strings (the S6 profile spent half the worker's
 * CPU in nodemailer's streamed MIME tree for these two-part messages): multipart/alternative
 * with a UTF-8 text part and an HTML part, both base64, the subject in RFC 2047 encoded words.
 * Null when the recipient cannot be written in ASCII: the caller then composes it the general
 * way.
 */
export function buildMimeMessage(
  sender: MimeSender,
  mail: MimeParts,
  date: Date,
): { raw: Buffer; messageId: string; to: string } | null {
  const to = asciiAddress(mail.to);
  if (!to) return null;
  for (const [name, value] of Object.entries(mail.headers)) {
    if (!/^[A-Za-z0-9-]+$/.test(name) || !PRINTABLE.test(value)) return null;
  }
  const messageId = `<${randomUUID()}@${sender.domain}>`;
  const boundary = `--_gongkai_${randomUUID()}`;
  const lines = [
    ...Object.entries(mail.headers).map(([name, value]) => `${name}: ${value}`),
    `From: ${sender.header}`,
    `To: ${to}`,
    `Subject: ${unstructured(mail.subject)}`,
    `Message-ID: ${messageId}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative;\r\n boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(mail.text),
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(mail.html),
    `--${boundary}--`,
    '',
  ];
  return { raw: Buffer.from(lines.join('\r\n'), 'ascii'), messageId, to };
}

/** The address with its domain in ASCII (punycode), or null if it still is not ASCII. */
function asciiAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  const domain = domainToASCII(address.slice(at + 1));
  const ascii = `${address.slice(0, at)}@${domain}`;
  return domain && PRINTABLE.test(ascii) && !/[\s<>"]/.test(ascii) ? ascii : null;
}

function phrase(name: string): string {
  if (!PRINTABLE.test(name)) return encodedWords(name);
  if (ATOM_PHRASE.test(name)) return name;
  return `"${name.replace(/["\\]/g, '\\$&')}"`;
}

/** A header value: as is when short printable ASCII, else encoded words. */
function unstructured(value: string): string {
  return PRINTABLE.test(value) && value.length <= 900 ? value : encodedWords(value);
}

/**
 * RFC 2047 `=?UTF-8?B?…?=` words of at most 39 bytes of UTF-8 each (64 characters: a line stays under
 * 78 with the header name), split between characters, folded onto continuation lines.
 */
function encodedWords(value: string): string {
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const char of value) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > 39 && chunk) {
      words.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  if (chunk || words.length === 0) words.push(chunk);
  return words
    .map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`)
    .join('\r\n ');
}

/**
 * Base64 in lines of 76 characters, appended to one string (an array of lines and a join cost a
 * third more CPU for an HTML part of a few kilobytes).
 */
function base64Lines(value: string): string {
  const encoded = Buffer.from(value, 'utf8').toString('base64');
  let out = encoded.slice(0, 76);
  for (let start = 76; start < encoded.length; start += 76)
    out += `\r\n${encoded.slice(start, start + 76)}`;
  return out;
}
