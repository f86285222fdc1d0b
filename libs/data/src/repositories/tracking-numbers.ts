import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Takes the next tracking number of an agency's year, as `<code>-<year>-<6 digits>`
 * (e.g. `CS-2026-000123`; a seventh digit appears only past 999 999).
 *
 * Call it inside the transaction that inserts the application. The upsert locks the counter row
 * until that transaction ends: concurrent filings of the same agency queue here for the
 * milliseconds of their commit, and a rolled-back filing gives its number back, so a year's
 * numbers have no gaps.
 */
export async function takeTrackingNumber(
  em: EntityManager,
  agency: { id: string; code: string },
  year: number,
): Promise<string> {
  const rows = await em.execute<{ last_value: number }[]>(
    `insert into "tracking_number_counter" ("agency_id", "year", "last_value") values (?, ?, 1)
     on conflict ("agency_id", "year")
     do update set "last_value" = "tracking_number_counter"."last_value" + 1
     returning "last_value"`,
    [agency.id, year],
  );
  const value = rows[0]?.last_value;
  if (value === undefined) throw new Error('The tracking number counter returned no row.');
  return formatTrackingNumber(agency.code, year, value);
}

export function formatTrackingNumber(agencyCode: string, year: number, value: number): string {
  return `${agencyCode}-${year}-${String(value).padStart(6, '0')}`;
}
