import { nextTrackingNumber } from './next-tracking-number.routine.js';
import { searchBigrams } from './search-bigrams.routine.js';

/** The database functions the schema diff must know (`migration:check` in CI). */
export const ROUTINES = [searchBigrams, nextTrackingNumber];
