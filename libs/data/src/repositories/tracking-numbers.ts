import { raw } from '@mikro-orm/core';

/**
 * The next tracking number of an agency's year, as `<code>-<year>-<6 digits>`
 * (e.g. `CS-2026-000123`; a seventh digit appears only past 999 999), for the application's own
 * insert: `application.assignTrackingNumber(nextTrackingNumber(agency, year))`, then the flush
 * reads the number back (`trackingNumber` is returned by the insert).
 *
 * The SQL function `next_tracking_number` (migration 20261127120000) upserts the counter row,
 * which stays locked until the filing's transaction ends: concurrent filings of the same agency
 * queue there for the milliseconds of their commit, and a rolled-back filing gives its number
 * back, so a year's numbers have no gaps. Taken inside the insert rather than by a statement of
 * its own: one statement fewer per filing (performance.md §4, S1).
 */
export function nextTrackingNumber(agency: { id: string; code: string }, year: number): string {
  return raw<string>('next_tracking_number(?, ?, ?)', [agency.id, agency.code, year]);
}
