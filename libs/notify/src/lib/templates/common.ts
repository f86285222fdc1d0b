/** Pieces every template shares: the subject line, the greeting, common fields, the definition. */
import type { z } from 'zod';
import { formatDateShort, portalLink } from './format.js';
import type { MailContent } from './layout.js';
import { line } from './schema.js';

export const SUBJECT_PREFIX = '【政府信息公开】';
export const REG = '《中华人民共和国政府信息公开条例》';
export const FEE_MEASURES = '《政府信息公开信息处理费管理办法》';

/** A template: how its data is checked, and how checked data becomes a mail. */
export interface TemplateDefinition<T> {
  readonly schema: z.ZodType<T>;
  readonly render: (data: T) => MailContent;
}

export function defineTemplate<T>(
  schema: z.ZodType<T>,
  render: (data: T) => MailContent,
): TemplateDefinition<T> {
  return { schema, render };
}

/** `【政府信息公开】申请已受理（登记号：GK-2024-0001）`. */
export function subject(title: string, trackingNumber?: string): string {
  return `${SUBJECT_PREFIX}${title}${trackingNumber ? `（登记号：${trackingNumber}）` : ''}`;
}

/** Letters open with the addressee's name; without one, with their role. */
export function greeting(name: string | undefined, fallback = '申请人'): string {
  return `${name ?? fallback}：`;
}

/** The closing: the agency, and the date when the letter carries one. */
export function signature(agencyName: string, date?: string): string[] {
  return date ? [agencyName, formatDateShort(date)] : [agencyName];
}

/** The public tracking page, with the tracking number filled in (never the query code). */
export function trackUrl(portalUrl: string, trackingNumber: string): string {
  return portalLink(portalUrl, `track?trackingNumber=${encodeURIComponent(trackingNumber)}`);
}

/** An application's page in the officers' workspace. */
export function applicationUrl(portalUrl: string, applicationId: string): string {
  return portalLink(portalUrl, `applications/${encodeURIComponent(applicationId)}`);
}

/** Fields of every mail about one application sent to its applicant. */
export const applicantFields = {
  agencyName: line(),
  applicantName: line().optional(),
  trackingNumber: line(64),
};

export interface ApplicantMailData {
  /** The agency handling the application (the header and the signature). */
  agencyName: string;
  /** The addressee; `申请人` when absent. */
  applicantName?: string;
  trackingNumber: string;
}
