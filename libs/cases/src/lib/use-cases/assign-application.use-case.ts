import { Injectable } from '@nestjs/common';
import { type Agency, type Application, Role, User } from '@gongkai/data';
import { ErrorCode, type Principal } from '@gongkai/platform';
import { DomainError, isUuid } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';
import { mayActFor } from './agency-access.js';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';

export interface AssignApplicationCommand extends StaffChangeCommand {
  readonly assigneeId: string;
}

/**
 * Whether the caller may (re)assign an application now assigned to `currentAssigneeId`: anyone of
 * the agency while it is unassigned; afterwards only the assignee or a supervisor. The
 * application's `availableActions` leave ASSIGN out for the others by the same rule.
 */
export function mayAssign(
  currentAssigneeId: string | null,
  principal: Pick<Principal, 'userId' | 'roles'>,
): boolean {
  return (
    currentAssigneeId === null ||
    currentAssigneeId === principal.userId ||
    principal.roles.includes(Role.SUPERVISOR)
  );
}

/**
 * Whether the user may be given an application of the agency: an active officer of it, or an
 * active supervisor of it or of an agency above it (needs `user.agency` loaded). The candidates
 * the portal offers (`Application.assigneeCandidates`) are filtered by the same rule.
 */
export function mayBeAssignee(user: User, agency: Pick<Agency, 'id' | 'path'>): boolean {
  const own = user.agency?.getEntity() ?? null;
  return (
    !user.disabledAt &&
    mayActFor(
      { userId: user.id, roles: user.roles, agencyId: own?.id ?? null },
      own?.path ?? null,
      agency,
    )
  );
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
      const { principal } = command;
      if (!mayAssign(application.assignee?.id ?? null, principal)) {
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          '只有承办人本人或负责人可以改派 (only the assignee or a supervisor reassigns)',
        );
      }
      const assignee = isUuid(command.assigneeId)
        ? await em.findOne(User, command.assigneeId, { populate: ['agency'] })
        : null;
      if (assignee === null || !mayBeAssignee(assignee, application.agency.getEntity())) {
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
