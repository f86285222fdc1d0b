import { Injectable } from '@nestjs/common';
import { Application, type ApplicationEvent } from '@gongkai/data';
import { DataProtection } from '@gongkai/platform';
import { maskIdNumber } from '@gongkai/rules';
import { APPLICATION_EVENT_LABELS } from '../support/application-event-labels.js';
import type { ReceiptOutcome } from '../use-cases/application-intake.js';
import { ApplicationEventView } from './application-event.type.js';
import { ApplicationType } from './application.type.js';
import { LegalReceiptStatus } from './enums.js';
import { LegalReceipt } from './legal-receipt.type.js';

/** Entities to GraphQL views: the ID number leaves only masked, and only for staff views. */
@Injectable()
export class ApplicationPresenter {
  constructor(private readonly protection: DataProtection) {}

  application(application: Application): ApplicationType {
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

  event(event: ApplicationEvent): ApplicationEventView {
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
