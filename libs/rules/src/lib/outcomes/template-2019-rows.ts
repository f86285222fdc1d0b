import { Outcome } from './outcome.js';

/**
 * The 2019 (试行) template prints （六）其他处理 as a single row; every other result row is the
 * same as in 2021. This is the key of that merged row.
 */
export const OTHER_PROCESSING_2019 = 'OTHER_PROCESSING';

/** Outcomes that the 2019 template folds into its single （六） row. */
export const OUTCOMES_MERGED_IN_2019: readonly Outcome[] = [
  Outcome.OTHER_NO_SUPPLEMENT,
  Outcome.OTHER_FEE_UNPAID,
  Outcome.OTHER,
];

export type Template2019ResultRow =
  | Exclude<Outcome, Outcome.OTHER_NO_SUPPLEMENT | Outcome.OTHER_FEE_UNPAID | Outcome.OTHER>
  | typeof OTHER_PROCESSING_2019;

/** The 2019-template result row an outcome is counted in. */
export function resultRowIn2019Template(outcome: Outcome): Template2019ResultRow {
  switch (outcome) {
    case Outcome.OTHER_NO_SUPPLEMENT:
    case Outcome.OTHER_FEE_UNPAID:
    case Outcome.OTHER:
      return OTHER_PROCESSING_2019;
    default:
      return outcome;
  }
}
