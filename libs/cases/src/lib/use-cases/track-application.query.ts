import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Application, ApplicationEvent, type ApplicationEventType } from '@gongkai/data';
import {
  constantTimeEquals,
  hashQueryCode,
  normalizeQueryCode,
  RateLimitService,
} from '@gongkai/platform';
import type { ApplicationStatus, LocalDate } from '@gongkai/rules';
import { APPLICANT_VISIBLE_EVENTS } from '../support/application-event-labels.js';

import { applicationNotFound } from './find-application.js';

export interface TrackApplicationCommand {
  readonly trackingNumber: string;
  readonly queryCode: string;
  readonly clientAddress: string;
}

/** What an applicant may see: status, dates and their own timeline; nothing internal. */
export interface ApplicationTracking {
  readonly trackingNumber: string;
  readonly agencyName: string;
  readonly status: ApplicationStatus;
  readonly receivedOn: LocalDate | null;
  readonly replyDueOn: LocalDate | null;
  readonly provisional: boolean;
  readonly timeline: readonly { type: ApplicationEventType; occurredAt: Date }[];
}

// Compared against when the number is unknown, so both failures take the same path.
const NO_SUCH_HASH = hashQueryCode('0000000000000000');

/**
 * Public tracking with the tracking number and the query code. A wrong code and an unknown
 * number give the same `APPLICATION.NOT_FOUND` (no enumeration); the hash comparison is
 * constant-time; look-ups are limited per address, and wrong codes per tracking number.
 */
@Injectable()
export class TrackApplicationQuery {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: RateLimitService,
  ) {}

  async execute(command: TrackApplicationCommand): Promise<ApplicationTracking> {
    const trackingNumber = command.trackingNumber.trim();
    await this.limits.consume('trackApplicationPerAddress', command.clientAddress);
    await this.limits.assertNotBlocked('trackFailuresPerTrackingNumber', trackingNumber);

    const em = this.em.fork();
    // Tracking numbers start with the (unique) agency code, so one number names one application.
    const application =
      trackingNumber.length <= 64
        ? await em.findOne(Application, { trackingNumber }, { populate: ['agency'] })
        : null;
    const code = normalizeQueryCode(command.queryCode);
    const matches = constantTimeEquals(
      application?.queryCodeHash ?? NO_SUCH_HASH,
      hashQueryCode(code ?? ''),
    );
    if (!application || code === null || !matches) {
      await this.limits.consume('trackFailuresPerTrackingNumber', trackingNumber);
      throw applicationNotFound();
    }

    const events = await em.find(
      ApplicationEvent,
      { application, type: { $in: [...APPLICANT_VISIBLE_EVENTS] } },
      { orderBy: { id: 'asc' } },
    );
    return {
      trackingNumber: application.trackingNumber,
      agencyName: application.agency.getEntity().name,
      status: application.status,
      receivedOn: application.receivedOn,
      replyDueOn: application.replyDueOn,
      provisional: application.provisional,
      timeline: events.map((e) => ({ type: e.type, occurredAt: e.occurredAt })),
    };
  }
}
