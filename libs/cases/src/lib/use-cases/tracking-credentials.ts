import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '@gongkai/data';
import {
  constantTimeEquals,
  hashQueryCode,
  normalizeQueryCode,
  type RateLimitService,
} from '@gongkai/platform';
import { applicationNotFound, PROCESSING_RELATIONS } from './find-application.js';

/**
 * How an applicant proves an application is theirs: the tracking number with the query code, or
 * — signed in with an applicant account that filed it — the tracking number alone.
 */
export interface TrackingCredentials {
  readonly trackingNumber: string;
  readonly queryCode?: string | null;
  readonly clientAddress: string;
  /** The signed-in applicant account, if any (used only when no query code is given). */
  readonly applicantUserId?: string | null;
}

// Compared against when the number is unknown, so both failures take the same path.
const NO_SUCH_HASH = hashQueryCode('0000000000000000');

/**
 * The application named by a tracking number, if the query code matches. A wrong code and an
 * unknown number give the same `APPLICATION.NOT_FOUND` (no enumeration); the hash comparison is
 * constant-time; look-ups are limited per address, and wrong codes per tracking number.
 */
export async function findByTrackingCredentials(
  em: EntityManager,
  limits: RateLimitService,
  credentials: TrackingCredentials,
): Promise<Application> {
  const trackingNumber = credentials.trackingNumber.trim();
  await limits.consume('trackApplicationPerAddress', credentials.clientAddress);
  await limits.assertNotBlocked('trackFailuresPerTrackingNumber', trackingNumber);
  // Tracking numbers start with the (unique) agency code, so one number names one application.
  const application =
    trackingNumber.length <= 64
      ? await em.findOne(Application, { trackingNumber }, { populate: PROCESSING_RELATIONS })
      : null;
  const byAccount = !credentials.queryCode && credentials.applicantUserId;
  if (byAccount) {
    if (!application || application.applicantUser?.id !== credentials.applicantUserId) {
      await limits.consume('trackFailuresPerTrackingNumber', trackingNumber);
      throw applicationNotFound();
    }
    return application;
  }
  const code = normalizeQueryCode(credentials.queryCode ?? '');
  const matches = constantTimeEquals(
    application?.queryCodeHash ?? NO_SUCH_HASH,
    hashQueryCode(code ?? ''),
  );
  if (!application || code === null || !matches) {
    await limits.consume('trackFailuresPerTrackingNumber', trackingNumber);
    throw applicationNotFound();
  }
  return application;
}
