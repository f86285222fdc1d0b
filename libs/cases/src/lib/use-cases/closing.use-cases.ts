import { Injectable } from '@nestjs/common';
import { APPLICATION_TEXT_LIMITS, type Application, OutboxMessage } from '@gongkai/data';
import type { DeemedWithdrawnReason, LocalDate, ReviewKind, ReviewResult } from '@gongkai/rules';
import { ApplicationChanges, type StaffChangeCommand } from './application-changes.js';
import { requiredText } from './processing-input.js';
import type { TrackingCredentials } from './tracking-credentials.js';

export interface RecordWithdrawalCommand extends StaffChangeCommand {
  /** How the written withdrawal reached the agency. */
  readonly note: string;
  /** The day the withdrawal was received; defaults to today. */
  readonly withdrawnOn?: LocalDate | null;
}

export interface CloseAsDeemedWithdrawnCommand extends StaffChangeCommand {
  readonly reason: DeemedWithdrawnReason;
  readonly note: string;
}

export interface RecordReviewCommand extends StaffChangeCommand {
  /** Set to update the result of a review already recorded. */
  readonly reviewId?: string | null;
  readonly kind: ReviewKind;
  readonly filedOn: LocalDate;
  readonly result: ReviewResult;
  readonly resultOn?: LocalDate | null;
}

/**
 * How an application ends early — withdrawn (by the applicant online, or recorded by an officer
 * from a written withdrawal), deemed withdrawn (no supplement, fee unpaid) — and what follows a
 * decision: an administrative reconsideration or lawsuit (table 四).
 */
@Injectable()
export class ClosingUseCases {
  constructor(private readonly changes: ApplicationChanges) {}

  withdrawByApplicant(command: TrackingCredentials): Promise<Application> {
    return this.changes.byApplicant(command, (application, context) => ({
      event: application.withdraw({ withdrawnOn: context.today, note: null }, context),
      outbox: [
        OutboxMessage.create('mail.withdrawn', { applicationId: application.id }, context.now),
      ],
    }));
  }

  recordWithdrawal(command: RecordWithdrawalCommand): Promise<Application> {
    const note = requiredText('note', command.note, APPLICATION_TEXT_LIMITS.withdrawalNote);
    return this.changes.byStaff(command, (application, context) => ({
      event: application.withdraw(
        { withdrawnOn: command.withdrawnOn ?? context.today, note },
        context,
      ),
      outbox: [
        OutboxMessage.create('mail.withdrawn', { applicationId: application.id }, context.now),
      ],
    }));
  }

  closeAsDeemedWithdrawn(command: CloseAsDeemedWithdrawnCommand): Promise<Application> {
    const note = requiredText('note', command.note, APPLICATION_TEXT_LIMITS.closingNote);
    return this.changes.byStaff(command, (application, context) => ({
      event: application.closeAsDeemedWithdrawn({ reason: command.reason, note }, context),
      outbox: [
        OutboxMessage.create(
          'mail.deemed-withdrawn',
          { applicationId: application.id },
          context.now,
        ),
      ],
    }));
  }

  async recordReview(
    command: RecordReviewCommand,
  ): Promise<{ application: Application; reviewId: string }> {
    let reviewId = '';
    const application = await this.changes.byStaff(command, (application, context) => {
      const { event, review } = application.recordReview(
        {
          reviewId: command.reviewId ?? null,
          kind: command.kind,
          filedOn: command.filedOn,
          result: command.result,
          resultOn: command.resultOn ?? null,
        },
        context,
      );
      reviewId = review.id;
      return { event, records: [review] };
    });
    return { application, reviewId };
  }
}
