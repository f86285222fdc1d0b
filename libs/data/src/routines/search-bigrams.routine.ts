import { Routine } from '@mikro-orm/core';

/**
 * `gongkai_search_bigrams(text)`: the lower-cased 2-character substrings of a text, in order
 * (repeats kept: GIN keeps each key once per row, and `@>` ignores repeats, so the index and the
 * search answer as with distinct bigrams). A GIN index over it makes the worklist search
 * indexable for 2-character Chinese queries, which pg_trgm cannot serve (a trigram needs three
 * characters). Immutable, so it can back an index; declared here so the schema diff knows it.
 *
 * PL/pgSQL filling an array in place: every filing and the bench's bulk load pay it once per
 * application, and it costs about a third of the SQL version with `array_agg(distinct …)` over
 * `generate_series` (a sort and an aggregate per row; performance.md §3).
 */
export const searchBigrams = new Routine({
  name: 'gongkai_search_bigrams',
  type: 'function',
  language: 'plpgsql',
  deterministic: true,
  params: { value: { type: 'text' } },
  returns: { runtimeType: 'object', columnType: 'text[]' },
  // The outer `begin … end` is what MikroORM keeps as it is (a body starting with `declare` it
  // would wrap in another `begin`); the variables live in the inner block.
  body: `begin declare v text := lower(value); r text[] := '{}'; begin for i in 1 .. coalesce(char_length(v), 0) - 1 loop r[i] := substr(v, i, 2); end loop; return r; end; end`,
});
