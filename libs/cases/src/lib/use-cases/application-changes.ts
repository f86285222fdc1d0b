import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import {
  type Application,
  type ApplicationEvent,
  type EventActor,
  EventActorKind,
  type OutboxMessage,
  type TransitionContext,
} from '@gongkai/data';
import { CLOCK, type Principal, RateLimitService } from '@gongkai/platform';
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
import { findByTrackingCredentials, type TrackingCredentials } from './tracking-credentials.js';

/** What every staff change names: the application, and the version the officer saw. */
export interface StaffChangeCommand {
  readonly principal: Principal;
  readonly applicationId: string;
  /** A change by someone else in between is refused with APPLICATION.VERSION_CONFLICT. */
  readonly expectedVersion: number;
}

/** What a change writes besides the application itself, all in its one transaction. */
export interface ChangeWrites {
  readonly event: ApplicationEvent;
  /** New records (supplement request, consultation, fee notice, review). */
  readonly records?: readonly object[];
  readonly outbox?: readonly OutboxMessage[];
}

export type Change = (
  application: Application,
  context: TransitionContext,
  em: EntityManager,
) => ChangeWrites | Promise<ChangeWrites>;

export function versionConflict(): DomainError {
  return new DomainError(
    ApplicationErrorCode.VERSION_CONFLICT,
    '申请已被他人修改，请刷新后重试 (the application changed meanwhile; reload it)',
  );
}

/**
 * The one way a processing step changes an application (HOUSE-STYLE: one transaction per state
 * change): load it with its records, check scope and version, let the entity apply the rules'
 * transition, then write the application, its event, new records and outbox rows together. The
 * versioned UPDATE makes the loser of two concurrent changes fail with VERSION_CONFLICT.
 */
@Injectable()
export class ApplicationChanges {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: RateLimitService,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The legal date today (Asia/Shanghai). */
  today(): LocalDate {
    return localDateInShanghai(this.clock.now());
  }

  /** A change by an officer or supervisor who may act for the application's agency. */
  byStaff(command: StaffChangeCommand, change: Change): Promise<Application> {
    return this.run(
      { kind: EventActorKind.USER, userId: command.principal.userId },
      async (em) => {
        const application = await findApplication(em, command.applicationId);
        await assertMayActFor(em, command.principal, application.agency.getEntity());
        if (application.version !== command.expectedVersion) throw versionConflict();
        return application;
      },
      change,
    );
  }

  /**
   * A change by the applicant, who proves it with the tracking number and query code (rate
   * limited like trackApplication; a wrong code looks like an unknown number).
   */
  async byApplicant(credentials: TrackingCredentials, change: Change): Promise<Application> {
    return this.run(
      { kind: EventActorKind.APPLICANT },
      (em) => findByTrackingCredentials(em, this.limits, credentials),
      change,
    );
  }

  private async run(
    actor: EventActor,
    load: (em: EntityManager) => Promise<Application>,
    change: Change,
  ): Promise<Application> {
    const now = this.clock.now();
    const context = { today: localDateInShanghai(now), calendar: this.calendar, actor, now };
    try {
      return await this.em.fork().transactional(async (em) => {
        const application = await load(em);
        // The row and its records were read by separate statements, so a change committed in
        // between could show its records next to the old row (the rules would then refuse with
        // e.g. SUPPLEMENT_ALREADY_REQUESTED). Lock the row, and go on only if it is still the
        // version read: the loser of two concurrent changes always gets VERSION_CONFLICT.
        const [locked] = await em.execute<{ version: number }[]>(
          'select "version" from "application" where "id" = ? for update',
          [application.id],
        );
        if (locked?.version !== application.version) throw versionConflict();
        const writes = await change(application, context, em);
        em.persist([writes.event, ...(writes.records ?? []), ...(writes.outbox ?? [])]);
        return application;
      });
    } catch (error) {
      // A concurrent change committed between our read and our versioned UPDATE; or it inserted
      // the one supplement request / fee notice first (their unique index waits for it).
      if (
        error instanceof OptimisticLockError ||
        error instanceof UniqueConstraintViolationException
      ) {
        throw versionConflict();
      }
      throw error;
    }
  }
}
