import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Application } from '@gongkai/data';
import type { Principal } from '@gongkai/platform';
import { assertMayActFor } from './agency-access.js';
import { findApplication } from './find-application.js';

/** One application for an officer or supervisor of its agency (or above it). */
@Injectable()
export class GetApplicationQuery {
  constructor(private readonly em: EntityManager) {}

  async execute(command: { principal: Principal; applicationId: string }): Promise<Application> {
    const em = this.em.fork();
    const application = await findApplication(em, command.applicationId);
    await assertMayActFor(em, command.principal, application.agency.getEntity());
    return application;
  }
}
