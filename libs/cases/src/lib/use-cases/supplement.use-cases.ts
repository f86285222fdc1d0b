import { Injectable } from '@nestjs/common';
import { type Application, OutboxMessage, SUPPLEMENT_LIMITS } from '@gongkai/data';
import { DomainError, type LocalDate } from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';
import { requiredText } from './processing-input.js';
import type { TrackingCredentials } from './tracking-credentials.js';

export interface RequestSupplementCommand extends StaffChangeCommand {
  /** Every defect, each a line of the one consolidated notice. */
  readonly items: readonly string[];
  readonly dueOn: LocalDate;
}

export interface RecordSupplementCommand extends StaffChangeCommand {
  /** The day the supplement arrived; defaults to today. */
  readonly receivedOn?: LocalDate | null;
}

export interface SubmitSupplementCommand extends TrackingCredentials {
  /** What the applicant supplies online. */
  readonly response: string;
}

function validItems(items: readonly string[]): string[] {
  if (items.length === 0) {
    throw new DomainError(
      ApplicationErrorCode.FIELD_REQUIRED,
      '请列明需要补正的全部事项 (list every defect)',
      {
        field: 'items',
      },
    );
  }
  if (items.length > SUPPLEMENT_LIMITS.items) {
    throw new DomainError(ApplicationErrorCode.FIELD_TOO_LONG, '补正事项过多 (too many items)', {
      field: 'items',
      max: SUPPLEMENT_LIMITS.items,
    });
  }
  return items.map((item, i) => requiredText(`items.${i}`, item, SUPPLEMENT_LIMITS.item));
}

/**
 * 补正 (Art. 30): one consolidated notice listing every defect with a due date (the clock stops;
 * flagged late after the 7th working day), and its answer, recorded by an officer (letters) or
 * submitted online by the applicant with the tracking number and query code (the clock restarts).
 */
@Injectable()
export class SupplementUseCases {
  constructor(private readonly changes: ApplicationChanges) {}

  requestSupplement(command: RequestSupplementCommand): Promise<Application> {
    const items = validItems(command.items);
    return this.changes.byStaff(command, (application, context) => {
      const { event, supplement } = application.requestSupplement(
        { items, dueOn: command.dueOn },
        context,
      );
      return {
        event,
        records: [supplement],
        outbox: [
          OutboxMessage.create(
            'mail.supplement-request',
            { applicationId: application.id },
            context.now,
          ),
        ],
      };
    });
  }

  recordSupplement(command: RecordSupplementCommand): Promise<Application> {
    return this.changes.byStaff(command, (application, context) => ({
      event: application.recordSupplement(
        { receivedOn: command.receivedOn ?? context.today, response: null },
        context,
      ),
      outbox: [
        OutboxMessage.create(
          'mail.supplement-received',
          { applicationId: application.id },
          context.now,
        ),
      ],
    }));
  }

  submitSupplement(command: SubmitSupplementCommand): Promise<Application> {
    const response = requiredText('response', command.response, SUPPLEMENT_LIMITS.response);
    return this.changes.byApplicant(command, (application, context) => ({
      event: application.recordSupplement({ receivedOn: context.today, response }, context),
      outbox: [
        OutboxMessage.create(
          'mail.supplement-received',
          { applicationId: application.id },
          context.now,
        ),
      ],
    }));
  }
}
