import { Migration } from '@mikro-orm/migrations';

/** Six digits, more only past 999 999 (`lpad` alone would cut them). */
const NEXT_TRACKING_NUMBER = `create or replace function "next_tracking_number"(p_agency_id uuid, p_agency_code text, p_year int) returns text as $$
declare
  v_value int;
begin
  insert into "tracking_number_counter" as c ("agency_id", "year", "last_value") values (p_agency_id, p_year, 1)
  on conflict ("agency_id", "year") do update set "last_value" = c."last_value" + 1
  returning c."last_value" into v_value;
  return p_agency_code || '-' || p_year || '-' || lpad(v_value::text, greatest(6, length(v_value::text)), '0');
end;
$$ language plpgsql volatile;`;

/**
 * `next_tracking_number(agency id, agency code, year)`: takes the agency's next number of the year
 * from `tracking_number_counter` (the upsert that locks the counter row until the transaction
 * ends) and returns it formatted, so the application's insert takes its tracking number itself:
 * one statement fewer per filing (libs/data tracking-numbers.ts, performance.md §4).
 */
export class Migration20261127120000_next_tracking_number extends Migration {
  override name = 'Migration20261127120000_next_tracking_number';

  override up(): void | Promise<void> {
    this.addSql(NEXT_TRACKING_NUMBER);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists "next_tracking_number"(uuid, text, int);`);
  }
}
