import { DomainError } from '@gongkai/rules';
import {
  applicantSignup,
  type ApplicantSignupData,
  signupExisting,
  type SignupExistingData,
} from './account/applicant-signup.js';
import { passwordReset, type PasswordResetData } from './account/password-reset.js';
import { acknowledgment, type AcknowledgmentData } from './applicant/acknowledgment.js';
import { deemedWithdrawn, type DeemedWithdrawnData } from './applicant/deemed-withdrawn.js';
import { extensionNotice, type ExtensionNoticeData } from './applicant/extension-notice.js';
import { feeNotice, type FeeNoticeData } from './applicant/fee-notice.js';
import { receiptConfirmed, type ReceiptConfirmedData } from './applicant/receipt-confirmed.js';
import { replyIssued, type ReplyIssuedData } from './applicant/reply-issued.js';
import {
  supplementReceived,
  type SupplementReceivedData,
} from './applicant/supplement-received.js';
import { supplementRequest, type SupplementRequestData } from './applicant/supplement-request.js';
import { withdrawn, type WithdrawnData } from './applicant/withdrawn.js';
import type { TemplateDefinition } from './common.js';
import { type RenderedMail, renderMail } from './layout.js';
import { parseTemplateData } from './schema.js';
import { reminder, type ReminderData } from './staff/reminder.js';
import { statisticsPublished, type StatisticsPublishedData } from './staff/statistics-published.js';
import { supervisorDigest, type SupervisorDigestData } from './staff/supervisor-digest.js';
import { diagnostic, type DiagnosticData } from './system/diagnostic.js';
import {
  consultationRequest,
  type ConsultationRequestData,
} from './third-party/consultation-request.js';

export type { RenderedMail } from './layout.js';
export type { ApplicantMailData } from './common.js';
export type { AcknowledgmentData } from './applicant/acknowledgment.js';
export type { ReceiptConfirmedData } from './applicant/receipt-confirmed.js';
export type { SupplementRequestData } from './applicant/supplement-request.js';
export type { SupplementReceivedData } from './applicant/supplement-received.js';
export type { ConsultationRequestData } from './third-party/consultation-request.js';
export type { ExtensionNoticeData } from './applicant/extension-notice.js';
export type { FeeLine, FeeNoticeData } from './applicant/fee-notice.js';
export type { ReplyIssuedData } from './applicant/reply-issued.js';
export type { DeemedWithdrawnData } from './applicant/deemed-withdrawn.js';
export type { WithdrawnData } from './applicant/withdrawn.js';
export { REMINDER_KINDS, type ReminderData, type ReminderKind } from './staff/reminder.js';
export type { DigestItem, DigestSection, SupervisorDigestData } from './staff/supervisor-digest.js';
export type { StatisticsPublishedData } from './staff/statistics-published.js';
export type { DiagnosticData } from './system/diagnostic.js';
export type { PasswordResetData } from './account/password-reset.js';
export type { ApplicantSignupData, SignupExistingData } from './account/applicant-signup.js';
export { INVALID_TEMPLATE_DATA } from './schema.js';

/**
 * Every template, with the data it needs. The data holds ids and display values only (names,
 * tracking numbers, `YYYY-MM-DD` dates, integer fen); the templates do all the formatting.
 * Rendering is pure, so it is tested without SMTP.
 */
export interface TemplateData {
  acknowledgment: AcknowledgmentData;
  'receipt-confirmed': ReceiptConfirmedData;
  'supplement-request': SupplementRequestData;
  'supplement-received': SupplementReceivedData;
  'consultation-request': ConsultationRequestData;
  'extension-notice': ExtensionNoticeData;
  'fee-notice': FeeNoticeData;
  'reply-issued': ReplyIssuedData;
  'deemed-withdrawn': DeemedWithdrawnData;
  withdrawn: WithdrawnData;
  reminder: ReminderData;
  'supervisor-digest': SupervisorDigestData;
  'statistics-published': StatisticsPublishedData;
  diagnostic: DiagnosticData;
  'password-reset': PasswordResetData;
  'applicant-signup': ApplicantSignupData;
  'signup-existing': SignupExistingData;
}
export type TemplateName = keyof TemplateData;

const templates: { readonly [T in TemplateName]: TemplateDefinition<TemplateData[T]> } = {
  acknowledgment,
  'receipt-confirmed': receiptConfirmed,
  'supplement-request': supplementRequest,
  'supplement-received': supplementReceived,
  'consultation-request': consultationRequest,
  'extension-notice': extensionNotice,
  'fee-notice': feeNotice,
  'reply-issued': replyIssued,
  'deemed-withdrawn': deemedWithdrawn,
  withdrawn,
  reminder,
  'supervisor-digest': supervisorDigest,
  'statistics-published': statisticsPublished,
  diagnostic,
  'password-reset': passwordReset,
  'applicant-signup': applicantSignup,
  'signup-existing': signupExisting,
};

export const TEMPLATE_NAMES = Object.keys(templates) as readonly TemplateName[];

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

/**
 * Renders a mail from stored, untyped data (an e-mail row). The data is checked first: a missing
 * or malformed field throws `MAIL.INVALID_TEMPLATE_DATA`, an unknown name `MAIL.UNKNOWN_TEMPLATE`.
 */
export function renderTemplate(name: string, data: Record<string, unknown>): RenderedMail {
  if (!isTemplateName(name)) {
    throw new DomainError('MAIL.UNKNOWN_TEMPLATE', `Unknown mail template "${name}"`);
  }
  const definition = templates[name] as TemplateDefinition<unknown>;
  return renderMail(definition.render(parseTemplateData(name, definition.schema, data)));
}

/** The typed form: the compiler checks the data; the same runtime check still runs. */
export function render<T extends TemplateName>(name: T, data: TemplateData[T]): RenderedMail {
  return renderTemplate(name, data as unknown as Record<string, unknown>);
}
