import { Injectable } from '@nestjs/common';
import { type Application, Role, User } from '@gongkai/data';
import { ErrorCode } from '@gongkai/platform';
import { DomainError } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';
import { mayActFor } from './agency-access.js';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';
import { isUuid } from './find-application.js';

export interface AssignApplicationCommand extends StaffChangeCommand {
  readonly assigneeId: string;
}

/**
 * Gives an application to a case officer (经办人), or moves it to another. The assignee must be
 * an active officer or supervisor who may act for the application's agency. Anyone of the agency
 * may assign an unassigned application; reassigning needs a supervisor or the current assignee.
 */
@Injectable()
export class AssignApplicationUseCase {
  constructor(private readonly changes: ApplicationChanges) {}

  execute(command: AssignApplicationCommand): Promise<Application> {
    return this.changes.byStaff(command, async (application, context, em) => {
      const current = application.assignee?.id ?? null;
      const { principal } = command;
      if (
        current !== null &&
        current !== principal.userId &&
        !principal.roles.includes(Role.SUPERVISOR)
      ) {
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          '只有承办人本人或负责人可以改派 (only the assignee or a supervisor reassigns)',
        );
      }
      const assignee = isUuid(command.assigneeId)
        ? await em.findOne(User, command.assigneeId, { populate: ['agency'] })
        : null;
      const agency = application.agency.getEntity();
      const assigneeAgency = assignee?.agency?.getEntity() ?? null;
      const eligible =
        assignee !== null &&
        !assignee.disabledAt &&
        mayActFor(
          { userId: assignee.id, roles: assignee.roles, agencyId: assigneeAgency?.id ?? null },
          assigneeAgency?.path ?? null,
          agency,
        );
      if (!eligible) {
        throw new DomainError(
          ApplicationErrorCode.ASSIGNEE_NOT_ELIGIBLE,
          '承办人须为本机关在职的经办人或负责人 (the assignee must be an active officer of the agency)',
          { field: 'assigneeId' },
        );
      }
      return { event: application.assign(assignee, context) };
    });
  }
}
