import { Injectable } from '@nestjs/common';
import {
  APPLICATION_TEXT_LIMITS,
  type Application,
  OutboxMessage,
  ServiceMethod,
} from '@gongkai/data';
import {
  DomainError,
  type LocalDate,
  type Outcome,
  type ReplyContent,
  validateReplyContent,
} from '@gongkai/rules';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';
import { fieldNotAllowed, optionalText, requiredText } from './processing-input.js';

export interface IssueReplyCommand extends StaffChangeCommand {
  readonly outcome: Outcome;
  readonly legalBasis?: string | null;
  readonly reasons?: string | null;
  readonly accessInstructions?: string | null;
  readonly responsibleAgencyName?: string | null;
  readonly responsibleAgencyContact?: string | null;
  readonly referral?: string | null;
  /** The reply letter as the applicant reads it. */
  readonly replyText: string;
}

export interface RecordServiceCommand extends StaffChangeCommand {
  readonly method: ServiceMethod;
  /** Defaults to today. */
  readonly servedOn?: LocalDate | null;
  /** Only with POST. */
  readonly postalTrackingNumber?: string | null;
}

const L = APPLICATION_TEXT_LIMITS;

/** The reply's content, trimmed and length-checked (what the outcome requires is checked after). */
function replyContent(command: IssueReplyCommand): ReplyContent {
  const legalBasis = optionalText('legalBasis', command.legalBasis, L.legalBasis);
  const reasons = optionalText('reasons', command.reasons, L.replyReasons);
  const accessInstructions = optionalText(
    'accessInstructions',
    command.accessInstructions,
    L.accessInstructions,
  );
  const agencyName = optionalText(
    'responsibleAgencyName',
    command.responsibleAgencyName,
    L.responsibleAgencyName,
  );
  const agencyContact = optionalText(
    'responsibleAgencyContact',
    command.responsibleAgencyContact,
    L.responsibleAgencyContact,
  );
  const referral = optionalText('referral', command.referral, L.referral);
  if (agencyContact !== null && agencyName === null) {
    throw fieldNotAllowed(
      'responsibleAgencyContact',
      '请先填写负责机关名称 (name the agency first)',
    );
  }
  return {
    ...(legalBasis ? { legalBasis } : {}),
    ...(reasons ? { reasons } : {}),
    ...(accessInstructions ? { accessInstructions } : {}),
    ...(agencyName
      ? {
          responsibleAgency: {
            name: agencyName,
            ...(agencyContact ? { contact: agencyContact } : {}),
          },
        }
      : {}),
    ...(referral ? { referral } : {}),
  };
}

/** 答复 and 送达: the decision with what its outcome requires, then its service (办结). */
@Injectable()
export class ReplyUseCases {
  constructor(private readonly changes: ApplicationChanges) {}

  issueReply(command: IssueReplyCommand): Promise<Application> {
    const content = replyContent(command);
    const replyText = requiredText('replyText', command.replyText, L.replyText);
    // Every problem at once: the code is the first one's, `problems` lists them all.
    const problems = validateReplyContent(command.outcome, content);
    const [first] = problems;
    if (first) {
      throw new DomainError(first.code, first.message, {
        ...first.details,
        problems: problems.map((p) => ({ code: p.code, field: p.details['field'] ?? null })),
      });
    }
    return this.changes.byStaff(command, (application, context) => ({
      event: application.issueReply({ outcome: command.outcome, content, replyText }, context),
      outbox: [
        OutboxMessage.create('mail.reply-issued', { applicationId: application.id }, context.now),
      ],
    }));
  }

  recordService(command: RecordServiceCommand): Promise<Application> {
    const postalTrackingNumber = optionalText(
      'postalTrackingNumber',
      command.postalTrackingNumber,
      L.postalTrackingNumber,
    );
    if (postalTrackingNumber !== null && command.method !== ServiceMethod.POST) {
      throw fieldNotAllowed(
        'postalTrackingNumber',
        '只有邮寄送达才有邮件号 (only postal service has a tracking number)',
      );
    }
    return this.changes.byStaff(command, (application, context) => ({
      event: application.recordService(
        {
          method: command.method,
          servedOn: command.servedOn ?? context.today,
          postalTrackingNumber,
        },
        context,
      ),
    }));
  }
}
