import { AdministrativeReview } from './administrative-review.entity.js';
import { ApplicantSignup } from './applicant-signup.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { Agency } from './agency.entity.js';
import { CalendarDay, CalendarYear } from './calendar-year.entity.js';
import { AnnualReport } from './annual-report.entity.js';
import { Application } from './application.entity.js';
import { ApplicationEvent } from './application-event.entity.js';
import { Consultation } from './consultation.entity.js';
import { EmailMessage } from './email-message.entity.js';
import { FeeNotice } from './fee-notice.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { ReminderLog } from './reminder-log.entity.js';
import { StatisticsSnapshot } from './statistics-snapshot.entity.js';
import { SupplementRequest } from './supplement-request.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { TrackingNumberCounter } from './tracking-number-counter.entity.js';
import { User } from './user.entity.js';

export * from './administrative-review.entity.js';
export * from './applicant-signup.entity.js';
export * from './audit-entry.entity.js';
export * from './agency.entity.js';
export * from './calendar-year.entity.js';
export * from './annual-report.entity.js';
export * from './application.entity.js';
export * from './application-event.entity.js';
export * from './consultation.entity.js';
export * from './email-message.entity.js';
export * from './fee-notice.entity.js';
export * from './identity-document-type.js';
export * from './obtaining-method.js';
export * from './outbox-message.entity.js';
export * from './password-reset.entity.js';
export * from './reminder-log.entity.js';
export * from './refresh-token.entity.js';
export * from './requested-form.js';
export * from './statistics-snapshot.entity.js';
export * from './service-method.js';
export * from './supplement-request.entity.js';
export * from './tracking-number-counter.entity.js';
export * from './user.entity.js';

/** Every entity, listed explicitly (no folder discovery: it breaks under bundlers and jest). */
export const ENTITIES = [
  Agency,
  User,
  EmailMessage,
  Application,
  ApplicationEvent,
  TrackingNumberCounter,
  OutboxMessage,
  ReminderLog,
  StatisticsSnapshot,
  AnnualReport,
  SupplementRequest,
  Consultation,
  FeeNotice,
  AdministrativeReview,
  RefreshToken,
  PasswordReset,
  ApplicantSignup,
  AuditEntry,
  CalendarYear,
  CalendarDay,
];
