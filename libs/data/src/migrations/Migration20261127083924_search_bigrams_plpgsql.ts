import { Migration } from '@mikro-orm/migrations';

/**
 * `gongkai_search_bigrams` in PL/pgSQL, about three times cheaper per call (every filing and
 * the bulk load pay it; libs/data/src/routines/search-bigrams.routine.ts). Replaced in place:
 * `application_search_bigrams_idx` depends on it, so it cannot be dropped. No reindex: the new
 * function returns the same bigrams with repeats kept, and GIN stores each key once per row, so
 * the index holds the same keys.
 */
export class Migration20261127083924_search_bigrams_plpgsql extends Migration {
  override name = 'Migration20261127083924_search_bigrams_plpgsql';

  override up(): void | Promise<void> {
    this.addSql(
      `create or replace function "gongkai_search_bigrams"("value" text) returns text[] immutable language plpgsql as $$ begin declare v text := lower(value); r text[] := '{}'; begin for i in 1 .. coalesce(char_length(v), 0) - 1 loop r[i] := substr(v, i, 2); end loop; return r; end; end $$;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `create or replace function "gongkai_search_bigrams"("value" text) returns text[] immutable language sql as $$ select coalesce(array_agg(distinct substr(lower(value), i, 2)), '{}') from generate_series(1, char_length(value) - 1) as i $$;`,
    );
  }
}
