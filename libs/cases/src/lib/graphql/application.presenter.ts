import { Injectable } from '@nestjs/common';
import { Application, Role } from '@gongkai/data';
import { DataProtection, type Principal } from '@gongkai/platform';
import { maskIdNumber, OUTCOME_DEFINITIONS } from '@gongkai/rules';
import { APPLICATION_EVENT_LABELS } from '../support/application-event-labels.js';
import type { ApplicationRecord } from './application-record.js';
import type { ReceiptOutcome } from '../use-cases/application-intake.js';
import type { EventRecord } from '../worklist/timeline-records.js';
import { ApplicationEventView } from './application-event.type.js';
import { ApplicationType } from './application.type.js';
import { LegalReceiptStatus } from './enums.js';
import { LegalReceipt } from './legal-receipt.type.js';

/**
 * Entities (or rows read as `ApplicationRecord`s) to GraphQL views: the ID number leaves only
 * masked, and only for staff views.
 */
@Injectable()
export class ApplicationPresenter {
  constructor(private readonly protection: DataProtection) {}

  /**
   * `viewer`: the caller; the assignee and supervisors see the full ID number, everyone else
   * (and any caller that passes none) the masked one.
   */
  application(application: ApplicationRecord, viewer?: Principal): ApplicationType {
    const idNumber =
      application.idNumberCiphertext === null
        ? null
        : this.protection.decrypt(
            application.idNumberCiphertext,
            Application.idNumberContext(application.id),
          );
    return Object.assign(new ApplicationType(), {
      id: application.id,
      trackingNumber: application.trackingNumber,
      agencyId: application.agency.id,
      channel: application.channel,
      letterKind: application.letterKind,
      arrivedOn: application.arrivedOn,
      signedForOn: application.signedForOn,
      confirmedOn: application.confirmedOn,
      receivedOn: application.receivedOn,
      receiptExplanation: application.receiptExplanation,
      status: application.status,
      applicant: {
        kind: application.applicantKind,
        name: application.applicantName,
        idType: application.idType,
        idNumberMasked: idNumber === null ? null : maskIdNumber(idNumber),
        idNumber: viewer && seesFullIdNumber(application, viewer) ? idNumber : null,
        organisationName: application.organisationName,
        creditCode: application.creditCode,
        legalRepresentative: application.legalRepresentative,
        contactPerson: application.contactPerson,
        phone: application.phone,
        email: application.email,
        postalAddress: application.postalAddress,
      },
      request: {
        description: application.description,
        documentNumbers: application.documentNumbers,
        issuingBody: application.issuingBody,
        requestedForm: application.requestedForm,
        obtainingMethod: application.obtainingMethod,
      },
      assigneeId: application.assignee?.id ?? null,
      replyDueOn: application.replyDueOn,
      supplementNoticeDueOn: application.supplementNoticeDueOn,
      provisional: application.provisional,
      outcome: application.outcome,
      lateFlags: [...application.lateFlags],
      extension: {
        status: application.extensionStatus,
        reason: application.extensionReason,
        requestedOn: application.extensionRequestedOn,
        requestedById: application.extensionRequestedBy?.id ?? null,
        decidedOn: application.extensionDecidedOn,
        decidedById: application.extensionDecidedBy?.id ?? null,
        decisionNote: application.extensionDecisionNote,
      },
      reply:
        application.outcome !== null && application.repliedOn !== null
          ? {
              outcome: application.outcome,
              outcomeLabel: OUTCOME_DEFINITIONS[application.outcome].rowLabel,
              repliedOn: application.repliedOn,
              legalBasis: application.legalBasis,
              reasons: application.replyReasons,
              accessInstructions: application.accessInstructions,
              responsibleAgencyName: application.responsibleAgencyName,
              responsibleAgencyContact: application.responsibleAgencyContact,
              referral: application.referral,
              replyText: application.replyText ?? '',
            }
          : null,
      service:
        application.serviceMethod !== null && application.servedOn !== null
          ? {
              method: application.serviceMethod,
              servedOn: application.servedOn,
              postalTrackingNumber: application.postalTrackingNumber,
            }
          : null,
      conclusion:
        application.concludedOn === null
          ? null
          : {
              concludedOn: application.concludedOn,
              outcome: application.outcome,
              withdrawnOn: application.withdrawnOn,
              withdrawalNote: application.withdrawalNote,
              deemedWithdrawnReason: application.deemedWithdrawnReason,
              closingNote: application.closingNote,
            },
      version: application.version,
      createdAt: application.createdAt,
      updatedAt: application.updatedAt,
    });
  }

  receipt(receipt: ReceiptOutcome): LegalReceipt {
    return Object.assign(new LegalReceipt(), {
      status: LegalReceiptStatus[receipt.status],
      receivedOn: receipt.receivedOn,
      article: receipt.article,
      explanation: receipt.explanation,
    });
  }

  event(event: EventRecord): ApplicationEventView {
    return Object.assign(new ApplicationEventView(), {
      id: event.id,
      type: event.type,
      label: APPLICATION_EVENT_LABELS[event.type],
      actorKind: event.actorKind,
      actorUserId: event.actorUser?.id ?? null,
      occurredAt: event.occurredAt,
    });
  }
}

function seesFullIdNumber(application: ApplicationRecord, viewer: Principal): boolean {
  return viewer.roles.includes(Role.SUPERVISOR) || application.assignee?.id === viewer.userId;
}
