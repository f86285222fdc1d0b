import { Migration } from '@mikro-orm/migrations';

/**
 * The worklist and repeat detection: pg_trgm (similarity of descriptions for possible repeats),
 * character bigrams for the text search (2-character Chinese queries included), and the keyset
 * index of the default worklist order.
 */
export class Migration20261127021500_worklist_search extends Migration {
  override name = 'Migration20261127021500_worklist_search';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    // libs/data/src/routines/search-bigrams.routine.ts; before the index that uses it.
    this.addSql(
      `create or replace function "gongkai_search_bigrams"("value" text) returns text[] immutable language sql as $$ select coalesce(array_agg(distinct substr(lower(value), i, 2)), '{}') from generate_series(1, char_length(value) - 1) as i $$;`,
    );
    this.addSql(
      `create index "application_search_bigrams_idx" on "application" using gin (gongkai_search_bigrams(coalesce("applicant_name", '') || E'\\n' || coalesce("organisation_name", '') || E'\\n' || "description"));`,
    );
    this.addSql(
      `create index "application_worklist_due_idx" on "application" ("agency_id", coalesce("reply_due_on", 'infinity'::date), "id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "application_worklist_due_idx";`);
    this.addSql(`drop index if exists "application_search_bigrams_idx";`);
    this.addSql(`drop function if exists "gongkai_search_bigrams"(text);`);
    this.addSql(`drop extension if exists pg_trgm;`);
  }
}
