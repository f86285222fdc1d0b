import type { TriggerDef } from '@mikro-orm/core';

/**
 * The processing records (supplement requests, consultations, fee notices, reviews) carry their
 * application's `agency_id`, so the statistics count them by agency and date from one index
 * without joining the agency's applications (prisma-free-docs/statistics.md §3). An application
 * never changes agency, so the copy is stable; this trigger sets it from the application on every
 * insert, whatever the insert says, so it is exact for rows written outside the entities too
 * (tests and bench fixtures in SQL). A bulk load with `session_replication_role = replica` skips
 * triggers and must set it itself (test/bench/generate.mjs does).
 */
export const RECORD_AGENCY_TRIGGER: TriggerDef = {
  name: 'agency_from_application',
  timing: 'before',
  events: ['insert'],
  forEach: 'row',
  body:
    'new.agency_id := (select a.agency_id from application a where a.id = new.application_id); ' +
    'return new',
};
