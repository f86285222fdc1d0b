import { OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { type Application, EventActorKind, OutboxMessage } from '@gongkai/data';
import { CLOCK, type Principal } from '@gongkai/platform';
import {
  type Clock,
  DomainError,
  type LocalDate,
  localDateInShanghai,
  type WorkingDayCalendar,
} from '@gongkai/rules';
import { ApplicationErrorCode } from '../application-error-code.js';
import { WORKING_DAY_CALENDAR } from '../support/working-day-calendar.provider.js';
import { assertMayActFor } from './agency-access.js';
import { findApplication } from './find-application.js';

export interface ConfirmReceiptCommand {
  readonly principal: Principal;
  readonly applicationId: string;
  /** The day receipt was confirmed with the applicant; defaults to today (Asia/Shanghai). */
  readonly confirmedOn?: LocalDate | null;
  /** The version the officer saw: a change by someone else in between is refused. */
  readonly expectedVersion: number;
}

function versionConflict(): DomainError {
  return new DomainError(
    ApplicationErrorCode.VERSION_CONFLICT,
    '申请已被他人修改，请刷新后重试 (the application changed meanwhile; reload it)',
  );
}

/**
 * Art. 31(2)/(3): an officer confirms receipt of an online, fax or ordinary-letter application.
 * The confirmation day becomes the legal receipt date, the clock starts (due dates stored), the
 * status becomes IN_PROGRESS, and the applicant is told (outbox `mail.receipt-confirmed`).
 */
@Injectable()
export class ConfirmReceiptUseCase {
  constructor(
    private readonly em: EntityManager,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ConfirmReceiptCommand): Promise<Application> {
    const now = this.clock.now();
    const today = localDateInShanghai(now);
    try {
      return await this.em.fork().transactional(async (em) => {
        const application = await findApplication(em, command.applicationId);
        await assertMayActFor(em, command.principal, application.agency.getEntity());
        if (application.version !== command.expectedVersion) throw versionConflict();
        const event = application.confirmReceipt(command.confirmedOn ?? today, {
          today,
          calendar: this.calendar,
          actor: { kind: EventActorKind.USER, userId: command.principal.userId },
          now,
        });
        em.persist([
          event,
          OutboxMessage.create('mail.receipt-confirmed', { applicationId: application.id }, now),
        ]);
        return application;
      });
    } catch (error) {
      // A concurrent change committed between our read and our versioned UPDATE.
      if (error instanceof OptimisticLockError) throw versionConflict();
      throw error;
    }
  }
}
