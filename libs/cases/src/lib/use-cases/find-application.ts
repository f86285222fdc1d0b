import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '@gongkai/data';
import { DomainError, isUuid } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';

/** What a transition and the clock read: the agency and the processing records. */
export const PROCESSING_RELATIONS = [
  'agency',
  'supplementRequests',
  'consultations',
  'feeNotices',
  'reviews',
] as const;

export function applicationNotFound(): DomainError {
  return new DomainError(ApplicationErrorCode.NOT_FOUND, '找不到该申请 (application not found)');
}

/** The application with its agency and processing records loaded, or `APPLICATION.NOT_FOUND`. */
export async function findApplication(em: EntityManager, id: string): Promise<Application> {
  const application = isUuid(id)
    ? await em.findOne(Application, id, { populate: PROCESSING_RELATIONS })
    : null;
  if (!application) throw applicationNotFound();
  return application;
}
