import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '@gongkai/data';
import { DomainError } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function applicationNotFound(): DomainError {
  return new DomainError(ApplicationErrorCode.NOT_FOUND, '找不到该申请 (application not found)');
}

/** The application with its agency loaded, or `APPLICATION.NOT_FOUND`. */
export async function findApplication(em: EntityManager, id: string): Promise<Application> {
  const application = UUID.test(id)
    ? await em.findOne(Application, id, { populate: ['agency'] })
    : null;
  if (!application) throw applicationNotFound();
  return application;
}
