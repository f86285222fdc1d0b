import { Routine } from '@mikro-orm/core';

/**
 * `next_tracking_number(agency id, agency code, year)`: the agency's next number of the year from
 * `tracking_number_counter` (an upsert that locks the counter row until the transaction ends),
 * formatted `<code>-<year>-<six digits or more>`, so the application's insert takes its tracking
 * number itself (libs/data tracking-numbers.ts; Migration20261127120000_next_tracking_number).
 * Declared here so the schema diff knows it.
 */
export const nextTrackingNumber = new Routine({
  name: 'next_tracking_number',
  type: 'function',
  language: 'plpgsql',
  params: {
    p_agency_id: { type: 'uuid' },
    p_agency_code: { type: 'text' },
    p_year: { type: 'integer' },
  },
  returns: { runtimeType: 'string', columnType: 'text' },
  body: `begin declare v_value int; begin insert into "tracking_number_counter" as c ("agency_id", "year", "last_value") values (p_agency_id, p_year, 1) on conflict ("agency_id", "year") do update set "last_value" = c."last_value" + 1 returning c."last_value" into v_value; return p_agency_code || '-' || p_year || '-' || lpad(v_value::text, greatest(6, length(v_value::text)), '0'); end; end`,
});
