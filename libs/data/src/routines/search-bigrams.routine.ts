import { Routine } from '@mikro-orm/core';

/**
 * `gongkai_search_bigrams(text)`: the distinct lower-cased 2-character substrings of a text.
 * A GIN index over it makes the worklist search indexable for 2-character Chinese queries,
 * which pg_trgm cannot serve (a trigram needs three characters). Immutable, so it can back an
 * index; declared here so the schema diff knows it.
 */
export const searchBigrams = new Routine({
  name: 'gongkai_search_bigrams',
  type: 'function',
  language: 'sql',
  deterministic: true,
  params: { value: { type: 'text' } },
  returns: { runtimeType: 'object', columnType: 'text[]' },
  body: `select coalesce(array_agg(distinct substr(lower(value), i, 2)), '{}') from generate_series(1, char_length(value) - 1) as i`,
});

export const ROUTINES = [searchBigrams];
