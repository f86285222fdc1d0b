import { Injectable } from '@nestjs/common';
import { APPLICATION_TEXT_LIMITS, type Application, OutboxMessage } from '@gongkai/data';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';
import { optionalText, requiredText } from './processing-input.js';

export interface RequestExtensionCommand extends StaffChangeCommand {
  readonly reason: string;
}

export interface DecideExtensionCommand extends StaffChangeCommand {
  readonly approved: boolean;
  readonly note?: string | null;
}

/**
 * 延期答复 (Art. 33(2)): the officer asks, with a reason; a supervisor (the resolver admits only
 * that role) approves or refuses, once, by the reply due date. Approval moves the due date to
 * the 40th counted working day and tells the applicant (outbox `mail.extension-notice`).
 */
@Injectable()
export class ExtensionUseCases {
  constructor(private readonly changes: ApplicationChanges) {}

  requestExtension(command: RequestExtensionCommand): Promise<Application> {
    const reason = requiredText('reason', command.reason, APPLICATION_TEXT_LIMITS.extensionReason);
    return this.changes.byStaff(command, (application, context) => ({
      event: application.requestExtension(reason, context),
    }));
  }

  decideExtension(command: DecideExtensionCommand): Promise<Application> {
    const note = optionalText('note', command.note, APPLICATION_TEXT_LIMITS.extensionDecisionNote);
    return this.changes.byStaff(command, (application, context) => ({
      event: application.decideExtension({ approved: command.approved, note }, context),
      outbox: command.approved
        ? [
            OutboxMessage.create(
              'mail.extension-notice',
              { applicationId: application.id },
              context.now,
            ),
          ]
        : [],
    }));
  }
}
