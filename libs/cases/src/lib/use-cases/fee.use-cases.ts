import { Injectable } from '@nestjs/common';
import { type Application, OutboxMessage } from '@gongkai/data';
import { calculateFee, type FeeInput, type LocalDate } from '@gongkai/rules';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';

export interface IssueFeeNoticeCommand extends StaffChangeCommand {
  /** Per application or by volume (exactly one), and an optional waiver: the rules' FeeInput. */
  readonly fee: FeeInput;
  /** Defaults to today. */
  readonly issuedOn?: LocalDate | null;
  /** The day the applicant received the notice; defaults to the issue day. */
  readonly receivedOn?: LocalDate | null;
}

export interface RecordFeePaymentCommand extends StaffChangeCommand {
  /** Defaults to today. */
  readonly paidOn?: LocalDate | null;
}

/** 信息处理费 (国办函〔2020〕109号): the notice with the calculator's amount, and the payment. */
@Injectable()
export class FeeUseCases {
  constructor(private readonly changes: ApplicationChanges) {}

  issueFeeNotice(command: IssueFeeNoticeCommand): Promise<Application> {
    // The rules' calculator validates the input (one method, counts, waiver reason).
    const assessment = calculateFee(command.fee);
    return this.changes.byStaff(command, (application, context) => {
      const issuedOn = command.issuedOn ?? context.today;
      const { event, feeNotice } = application.issueFeeNotice(
        { assessment, issuedOn, receivedOn: command.receivedOn ?? issuedOn },
        context,
      );
      return {
        event,
        records: [feeNotice],
        outbox: [
          OutboxMessage.create('mail.fee-notice', { applicationId: application.id }, context.now),
        ],
      };
    });
  }

  recordFeePayment(command: RecordFeePaymentCommand): Promise<Application> {
    return this.changes.byStaff(command, (application, context) => ({
      event: application.recordFeePayment(command.paidOn ?? context.today, context),
    }));
  }
}
