import type { EntityManager } from '@mikro-orm/postgresql';
import type { Application } from '@gongkai/data';
import type { WorkingDayCalendar } from '@gongkai/rules';
import type { TemplateData, TemplateName } from '../templates/templates.js';

/** One e-mail a notice should produce, before it is recorded. */
export interface NoticeDraft<T extends TemplateName = TemplateName> {
  /** null: the addressee has no e-mail address (the timeline says so instead). */
  readonly recipient: string | null;
  readonly template: T;
  /**
   * The template data as stored in `email_message.data`. Secrets are never part of it: the
   * acknowledgment carries the application id, a password reset or a sign-up its row's id, and
   * the mail job derives the query code or the link's token from it when it renders
   * (`withSecretFields`).
   */
  readonly data: StoredTemplateData<T>;
  /** The application whose timeline records a notice that could not be sent. */
  readonly application: Application | null;
}

export type StoredTemplateData<T extends TemplateName> = T extends 'acknowledgment'
  ? Omit<TemplateData['acknowledgment'], 'queryCode'> & { applicationId: string }
  : T extends 'password-reset'
    ? Omit<TemplateData['password-reset'], 'token'> & { passwordResetId: string }
    : T extends 'applicant-signup'
      ? Omit<TemplateData['applicant-signup'], 'token'> & { signupId: string }
      : TemplateData[T];

export interface ComposeContext {
  readonly em: EntityManager;
  readonly portalUrl: string;
  readonly calendar: WorkingDayCalendar;
  /** When the job runs (the worker's clock). */
  readonly now: Date;
}
