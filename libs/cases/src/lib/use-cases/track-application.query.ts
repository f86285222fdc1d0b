import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ApplicationEvent, type ApplicationEventType, type ServiceMethod } from '@gongkai/data';
import { RateLimitService } from '@gongkai/platform';
import type { ApplicationStatus, FeeMethod, LocalDate, Outcome } from '@gongkai/rules';
import { APPLICANT_VISIBLE_EVENTS } from '../support/application-event-labels.js';
import { findByTrackingCredentials, type TrackingCredentials } from './tracking-credentials.js';

export type TrackApplicationCommand = TrackingCredentials;

/**
 * What an applicant may see: status, dates, the notices sent to them (supplement request, fee
 * notice, extension, reply) and their own timeline; nothing internal (no officer, no
 * consultation, no notes).
 */
export interface ApplicationTracking {
  readonly trackingNumber: string;
  readonly agencyName: string;
  readonly status: ApplicationStatus;
  readonly receivedOn: LocalDate | null;
  readonly replyDueOn: LocalDate | null;
  readonly provisional: boolean;
  readonly supplementRequest: {
    readonly items: readonly string[];
    readonly requestedOn: LocalDate;
    readonly dueOn: LocalDate;
    readonly receivedOn: LocalDate | null;
  } | null;
  readonly extended: boolean;
  readonly feeNotice: {
    readonly method: FeeMethod;
    readonly amountFen: number;
    readonly issuedOn: LocalDate;
    readonly paymentDueOn: LocalDate | null;
    readonly paidOn: LocalDate | null;
  } | null;
  readonly reply: {
    readonly outcome: Outcome;
    readonly repliedOn: LocalDate;
    readonly legalBasis: string | null;
    readonly replyText: string;
    readonly accessInstructions: string | null;
    readonly servedOn: LocalDate | null;
    readonly serviceMethod: ServiceMethod | null;
  } | null;
  readonly concludedOn: LocalDate | null;
  readonly timeline: readonly { type: ApplicationEventType; occurredAt: Date }[];
}

/** Public tracking with the tracking number and the query code (see findByTrackingCredentials). */
@Injectable()
export class TrackApplicationQuery {
  constructor(
    private readonly em: EntityManager,
    private readonly limits: RateLimitService,
  ) {}

  async execute(command: TrackApplicationCommand): Promise<ApplicationTracking> {
    const em = this.em.fork();
    const application = await findByTrackingCredentials(em, this.limits, command);
    const events = await em.find(
      ApplicationEvent,
      { application, type: { $in: [...APPLICANT_VISIBLE_EVENTS] } },
      { orderBy: { id: 'asc' } },
    );
    const supplement = application.supplementRequest();
    const fee = application.feeNotice();
    return {
      trackingNumber: application.trackingNumber,
      agencyName: application.agency.getEntity().name,
      status: application.status,
      receivedOn: application.receivedOn,
      replyDueOn: application.replyDueOn,
      provisional: application.provisional,
      supplementRequest: supplement && {
        items: supplement.items,
        requestedOn: supplement.requestedOn,
        dueOn: supplement.dueOn,
        receivedOn: supplement.receivedOn,
      },
      extended: application.extensionStatus === 'APPROVED',
      feeNotice: fee && {
        method: fee.method,
        amountFen: fee.amountFen,
        issuedOn: fee.issuedOn,
        paymentDueOn: fee.paymentDueOn,
        paidOn: fee.paidOn,
      },
      reply:
        application.outcome !== null && application.repliedOn !== null
          ? {
              outcome: application.outcome,
              repliedOn: application.repliedOn,
              legalBasis: application.legalBasis,
              replyText: application.replyText ?? '',
              accessInstructions: application.accessInstructions,
              servedOn: application.servedOn,
              serviceMethod: application.serviceMethod,
            }
          : null,
      concludedOn: application.concludedOn,
      timeline: events.map((e) => ({ type: e.type, occurredAt: e.occurredAt })),
    };
  }
}
