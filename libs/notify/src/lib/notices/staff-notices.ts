import { StatisticsSnapshot } from '@gongkai/data';
import { staffWithRole } from '../support/staff.js';
import { portalLink } from '../templates/format.js';
import type { ComposeContext, NoticeDraft } from './notice-draft.js';

/** A quarter's statistics were published (or corrected): each supervisor of the agency. */
export async function composeStatisticsPublished(
  context: ComposeContext,
  payload: { snapshotId: string },
): Promise<NoticeDraft[]> {
  const snapshot = await context.em.findOneOrFail(StatisticsSnapshot, payload.snapshotId, {
    populate: ['agency'],
  });
  const agency = snapshot.agency.getEntity();
  const supervisors = await staffWithRole(context.em, agency.id, 'SUPERVISOR');
  return supervisors.map((supervisor): NoticeDraft<'statistics-published'> => ({
    recipient: supervisor.email,
    template: 'statistics-published',
    application: null,
    data: {
      agencyName: agency.name,
      recipientName: supervisor.displayName,
      year: snapshot.year,
      quarter: snapshot.quarter,
      version: snapshot.version,
      url: portalLink(
        context.portalUrl,
        `statistics/${encodeURIComponent(agency.code)}/${snapshot.year}`,
      ),
    },
  }));
}
