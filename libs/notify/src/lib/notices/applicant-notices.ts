import { Application } from '@gongkai/data';
import { Channel } from '@gongkai/rules';
import type { ApplicantMailData } from '../templates/templates.js';
import type { ComposeContext, NoticeDraft } from './notice-draft.js';

/** The fields every applicant mail shares, from the current application row. */
export function applicantMailData(application: Application): ApplicantMailData {
  const name = application.applicantName ?? application.organisationName;
  return {
    agencyName: application.agency.getEntity().name,
    ...(name ? { applicantName: name } : {}),
    trackingNumber: application.trackingNumber,
  };
}

export async function loadApplication(
  context: ComposeContext,
  applicationId: string,
): Promise<Application> {
  return context.em.findOneOrFail(Application, applicationId, { populate: ['agency'] });
}

/**
 * A new filing. Online: the acknowledgment with the tracking number and the query code.
 * Registered by an officer with the legal receipt date already fixed (in person, registered
 * post): the receipt-confirmed notice with the reply due date. Registered and still awaiting
 * confirmation (ordinary letter, fax): nothing yet; the confirmation sends the notice.
 */
export async function composeAcknowledgment(
  context: ComposeContext,
  payload: { applicationId: string },
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  if (application.channel === Channel.ONLINE) {
    const draft: NoticeDraft<'acknowledgment'> = {
      recipient: application.email,
      template: 'acknowledgment',
      application,
      data: {
        ...applicantMailData(application),
        applicationId: application.id,
        submittedOn: application.arrivedOn,
        portalUrl: context.portalUrl,
      },
    };
    return [draft];
  }
  if (application.receivedOn === null) return [];
  return composeReceiptConfirmed(context, payload);
}

/** The legal receipt date is fixed: that date and the reply due date. */
export async function composeReceiptConfirmed(
  context: ComposeContext,
  payload: { applicationId: string },
): Promise<NoticeDraft[]> {
  const application = await loadApplication(context, payload.applicationId);
  const draft: NoticeDraft<'receipt-confirmed'> = {
    recipient: application.email,
    template: 'receipt-confirmed',
    application,
    data: {
      ...applicantMailData(application),
      receivedOn: application.receivedOn ?? '',
      replyDueOn: application.replyDueOn ?? '',
    },
  };
  return [draft];
}
