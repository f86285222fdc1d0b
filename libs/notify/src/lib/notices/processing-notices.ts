import {
  type Application,
  Consultation,
  FeeNotice,
  OBTAINING_METHOD_LABELS,
  SupplementRequest,
} from '@gongkai/data';
import { DeemedWithdrawnReason, FEE_METHOD_LABELS, type FeeTierLine } from '@gongkai/rules';
import type { FeeLine } from '../templates/templates.js';
import { applicantMailData, loadApplication } from './applicant-notices.js';
import type { ComposeContext, NoticeDraft } from './notice-draft.js';

/**
 * The notices of the processing lifecycle, each built from the rows as they are when the job
 * runs. A due date the data model has not fixed yet (the party's or the applicant's receipt day
 * is unknown) is counted from the day the notice was sent, the earliest it can be.
 */

type ApplicationPayload = { applicationId: string };

function toApplicant<T extends NoticeDraft['template']>(
  application: Application,
  template: T,
  data: NoticeDraft<T>['data'],
): NoticeDraft[] {
  return [{ recipient: application.email, template, application, data } as NoticeDraft];
}

async function latestSupplementRequest(
  context: ComposeContext,
  application: Application,
): Promise<SupplementRequest> {
  return context.em.findOneOrFail(
    SupplementRequest,
    { application: application.id },
    { orderBy: { createdAt: 'desc' } },
  );
}

async function latestFeeNotice(
  context: ComposeContext,
  application: Application,
): Promise<FeeNotice> {
  return context.em.findOneOrFail(
    FeeNotice,
    { application: application.id },
    { orderBy: { createdAt: 'desc' } },
  );
}

export async function composeSupplementRequest(
  context: ComposeContext,
  payload: ApplicationPayload,
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  const request = await latestSupplementRequest(context, application);
  return toApplicant(application, 'supplement-request', {
    ...applicantMailData(application),
    items: [...request.items],
    supplementDueOn: request.dueOn,
    portalUrl: context.portalUrl,
  });
}

export async function composeSupplementReceived(
  context: ComposeContext,
  payload: ApplicationPayload,
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  const request = await latestSupplementRequest(context, application);
  return toApplicant(application, 'supplement-received', {
    ...applicantMailData(application),
    supplementReceivedOn: request.receivedOn ?? '',
    replyDueOn: application.replyDueOn ?? '',
  });
}

/** To the consulted party, when it has an e-mail address (no applicant data in it). */
export async function composeConsultationRequest(
  context: ComposeContext,
  payload: { applicationId: string; consultationId: string },
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  const consultation = await context.em.findOneOrFail(Consultation, {
    id: payload.consultationId,
    application: application.id,
  });
  if (!consultation.email) return [];
  const answerDueOn =
    consultation.answerDueOn ?? context.calendar.addWorkingDays(consultation.sentOn, 15).date;
  return [
    {
      recipient: consultation.email,
      template: 'consultation-request',
      // The timeline is the applicant's: a party without an address is not noted there.
      application: null,
      data: {
        agencyName: application.agency.getEntity().name,
        thirdPartyName: consultation.partyName,
        trackingNumber: application.trackingNumber,
        informationDescription: application.description,
        answerDueOn,
        requestedOn: consultation.sentOn,
      },
    },
  ];
}

export async function composeExtensionNotice(
  context: ComposeContext,
  payload: ApplicationPayload,
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  return toApplicant(application, 'extension-notice', {
    ...applicantMailData(application),
    extendedDueOn: application.replyDueOn ?? '',
    reason: application.extensionReason ?? '',
  });
}

/** The fee lines of the letter: the tiers reached, or the amount after a waiver. */
export function feeLines(notice: FeeNotice): FeeLine[] {
  const method = FEE_METHOD_LABELS[notice.method];
  const tiers = (notice.breakdown as readonly FeeTierLine[]).filter((t) => t.subtotalFen > 0);
  if (notice.amountFen !== notice.assessedFen || tiers.length === 0) {
    return [
      {
        description: notice.waiverReason
          ? `${method}（已减免：${notice.waiverReason}）`
          : `${method}`,
        amountFen: notice.amountFen,
      },
    ];
  }
  return tiers.map((t) => ({
    description: `${method}：第${t.from}${t.to === null ? '及以上' : `至${t.to}`}档，${t.quantity}×${(t.unitFen / 100).toFixed(2)}元`,
    amountFen: t.subtotalFen,
  }));
}

export async function composeFeeNotice(
  context: ComposeContext,
  payload: ApplicationPayload,
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  const notice = await latestFeeNotice(context, application);
  return toApplicant(application, 'fee-notice', {
    ...applicantMailData(application),
    amountFen: notice.amountFen,
    lines: feeLines(notice),
    paymentMethod: `请按${application.agency.getEntity().name}公布的缴费方式缴纳，缴费时请注明登记号；如有疑问请与本机关联系。`,
    paymentDueOn: notice.paymentDueOn ?? context.calendar.addWorkingDays(notice.issuedOn, 20).date,
  });
}

export async function composeReplyIssued(
  context: ComposeContext,
  payload: ApplicationPayload,
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  return toApplicant(application, 'reply-issued', {
    ...applicantMailData(application),
    outcome: application.outcome!,
    replyText: application.replyText ?? '',
    issuedOn: application.repliedOn ?? '',
    ...(application.receivedOn ? { receivedOn: application.receivedOn } : {}),
    obtainingMethod: OBTAINING_METHOD_LABELS[application.obtainingMethod],
    ...(application.accessInstructions
      ? { accessInstructions: application.accessInstructions }
      : {}),
  });
}

export async function composeDeemedWithdrawn(
  context: ComposeContext,
  payload: ApplicationPayload,
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  const reason = application.deemedWithdrawnReason!;
  const missedDueOn =
    reason === DeemedWithdrawnReason.NO_SUPPLEMENT
      ? (await latestSupplementRequest(context, application)).dueOn
      : (await latestFeeNotice(context, application)).paymentDueOn;
  return toApplicant(application, 'deemed-withdrawn', {
    ...applicantMailData(application),
    reason,
    deemedWithdrawnOn: application.concludedOn ?? '',
    ...(missedDueOn ? { missedDueOn } : {}),
  });
}

export async function composeWithdrawn(
  context: ComposeContext,
  payload: ApplicationPayload,
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  return toApplicant(application, 'withdrawn', {
    ...applicantMailData(application),
    withdrawnOn: application.withdrawnOn ?? '',
  });
}
