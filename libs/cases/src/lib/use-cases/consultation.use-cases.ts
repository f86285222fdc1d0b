import { Injectable } from '@nestjs/common';
import {
  type Application,
  CONSULTATION_LIMITS,
  type ConsultationAnswer,
  type ConsultationKind,
  OutboxMessage,
} from '@gongkai/data';
import { DomainError, type LocalDate, validateEmail } from '@gongkai/rules';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';
import { optionalText, requiredText } from './processing-input.js';

export interface StartConsultationCommand extends StaffChangeCommand {
  readonly kind: ConsultationKind;
  readonly partyName: string;
  readonly contact?: string | null;
  readonly email?: string | null;
  /** Defaults to today. */
  readonly sentOn?: LocalDate | null;
  readonly partyReceivedOn?: LocalDate | null;
}

export interface RecordConsultationReplyCommand extends StaffChangeCommand {
  readonly consultationId: string;
  readonly answer: ConsultationAnswer;
  readonly objectionReasons?: string | null;
  /** Defaults to today. */
  readonly answeredOn?: LocalDate | null;
  readonly partyReceivedOn?: LocalDate | null;
}

/** 征求意见 (Art. 32, 34): the clock pauses from the day after sending to the answer. */
@Injectable()
export class ConsultationUseCases {
  constructor(private readonly changes: ApplicationChanges) {}

  async startConsultation(
    command: StartConsultationCommand,
  ): Promise<{ application: Application; consultationId: string }> {
    const partyName = requiredText('partyName', command.partyName, CONSULTATION_LIMITS.partyName);
    const contact = optionalText('contact', command.contact, CONSULTATION_LIMITS.contact);
    const given = optionalText('email', command.email, CONSULTATION_LIMITS.email);
    const checked = given === null ? null : validateEmail(given);
    if (checked && !checked.ok) {
      throw new DomainError(
        checked.error.code,
        '电子邮箱不正确 (the e-mail address is not valid)',
        {
          field: 'email',
        },
      );
    }
    const email = checked?.ok ? checked.value : null;
    let consultationId = '';
    const application = await this.changes.byStaff(command, (application, context) => {
      const { event, consultation } = application.startConsultation(
        {
          kind: command.kind,
          partyName,
          contact,
          email,
          sentOn: command.sentOn ?? context.today,
          partyReceivedOn: command.partyReceivedOn ?? null,
        },
        context,
      );
      const outbox =
        email === null
          ? []
          : [
              OutboxMessage.create(
                'mail.consultation-request',
                { applicationId: application.id, consultationId: consultation.id },
                context.now,
              ),
            ];
      consultationId = consultation.id;
      return { event, records: [consultation], outbox };
    });
    return { application, consultationId };
  }

  recordConsultationReply(command: RecordConsultationReplyCommand): Promise<Application> {
    const objectionReasons = optionalText(
      'objectionReasons',
      command.objectionReasons,
      CONSULTATION_LIMITS.reasons,
    );
    return this.changes.byStaff(command, (application, context) => ({
      event: application.recordConsultationReply(
        {
          consultationId: command.consultationId,
          answer: command.answer,
          objectionReasons,
          answeredOn: command.answeredOn ?? context.today,
          partyReceivedOn: command.partyReceivedOn ?? null,
        },
        context,
      ),
    }));
  }
}
