/**
 * The tiers of 国办函〔2020〕109号 (regulation.md §4). Amounts are integer 分 (fen, 1 元 = 100 分):
 * every tier price is a whole number of 元 today, but money kept in fen never needs rounding
 * if a reduction or a new tier is ever expressed in jiao or fen.
 */
export interface FeeTier {
  /** First unit (application ordinal in the month, or page number) of the tier, 1-based. */
  readonly from: number;
  /** Last unit of the tier; `null` = unbounded. */
  readonly to: number | null;
  /** Price of each unit in the tier, in fen. */
  readonly unitFen: number;
}

export const FEN_PER_YUAN = 100;

/**
 * 按件 (FEE Art. 4), per applicant per natural month: 1–10 free, 11–30 100 元 each, then from
 * the 31st in bands of 10, each band 100 元 per application more than the one before
 * (31–40 200 元, 41–50 300 元, …). The band arithmetic is regulation.md's interpretation.
 */
export const PER_APPLICATION_FIXED_TIERS: readonly FeeTier[] = [
  { from: 1, to: 10, unitFen: 0 },
  { from: 11, to: 30, unitFen: 100 * FEN_PER_YUAN },
];
export const PER_APPLICATION_BAND_START = 31;
export const PER_APPLICATION_BAND_SIZE = 10;
export const PER_APPLICATION_FIRST_BAND_FEN = 200 * FEN_PER_YUAN;
export const PER_APPLICATION_BAND_STEP_FEN = 100 * FEN_PER_YUAN;

const BY_VOLUME_TOP_TIER: FeeTier = { from: 201, to: null, unitFen: 40 * FEN_PER_YUAN };

/** 按量 (FEE Art. 5 as quoted by the Xinhui fee list), per application by page. */
export const BY_VOLUME_TIERS: readonly FeeTier[] = [
  { from: 1, to: 30, unitFen: 0 },
  { from: 31, to: 100, unitFen: 10 * FEN_PER_YUAN },
  { from: 101, to: 200, unitFen: 20 * FEN_PER_YUAN },
  BY_VOLUME_TOP_TIER,
];

/** The per-application tier holding the `ordinal`-th application of the month (1-based). */
export function perApplicationTier(ordinal: number): FeeTier {
  const fixed = PER_APPLICATION_FIXED_TIERS.find((t) => t.to !== null && ordinal <= t.to);
  if (fixed) return fixed;
  const band = Math.floor((ordinal - PER_APPLICATION_BAND_START) / PER_APPLICATION_BAND_SIZE);
  const from = PER_APPLICATION_BAND_START + band * PER_APPLICATION_BAND_SIZE;
  return {
    from,
    to: from + PER_APPLICATION_BAND_SIZE - 1,
    unitFen: PER_APPLICATION_FIRST_BAND_FEN + band * PER_APPLICATION_BAND_STEP_FEN,
  };
}

/** The by-volume tier holding page `page` (1-based). */
export function byVolumeTier(page: number): FeeTier {
  return BY_VOLUME_TIERS.find((t) => t.to !== null && page <= t.to) ?? BY_VOLUME_TOP_TIER;
}
