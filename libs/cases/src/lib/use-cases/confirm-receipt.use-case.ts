import { Injectable } from '@nestjs/common';
import { type Application, OutboxMessage } from '@gongkai/data';
import type { LocalDate } from '@gongkai/rules';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';

export interface ConfirmReceiptCommand extends StaffChangeCommand {
  /** The day receipt was confirmed with the applicant; defaults to today (Asia/Shanghai). */
  readonly confirmedOn?: LocalDate | null;
}

/**
 * Art. 31(2)/(3): an officer confirms receipt of an online, fax or ordinary-letter application.
 * The confirmation day becomes the legal receipt date, the clock starts (due dates stored), the
 * status becomes IN_PROGRESS, and the applicant is told (outbox `mail.receipt-confirmed`).
 */
@Injectable()
export class ConfirmReceiptUseCase {
  constructor(private readonly changes: ApplicationChanges) {}

  execute(command: ConfirmReceiptCommand): Promise<Application> {
    return this.changes.byStaff(command, (application, context) => ({
      event: application.confirmReceipt(command.confirmedOn ?? context.today, context),
      outbox: [
        OutboxMessage.create(
          'mail.receipt-confirmed',
          { applicationId: application.id },
          context.now,
        ),
      ],
    }));
  }
}
