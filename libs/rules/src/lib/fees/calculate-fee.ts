import { DomainError } from '../errors/domain-error.js';
import { FeeErrorCode } from './fee-error-code.js';
import { FeeMethod } from './fee-method.js';
import { byVolumeTier, perApplicationTier, type FeeTier } from './fee-tiers.js';

/**
 * What the officer chose for one application. Both methods are optional fields (not a union)
 * because input arrives from forms and the API: naming both is a mistake to refuse with a code.
 */
export interface FeeInput {
  /** 按件: how many applications this applicant already made this natural month, and how many
   *  units this one counts as after splitting by 一事一申请 (default 1). */
  readonly perApplication?: { readonly earlierInMonth: number; readonly units?: number };
  /** 按量: pages to supply (electronic data converted to pages by the agency's rule). */
  readonly byVolume?: { readonly pages: number };
  /** Waived (减免); the reason is required and kept with the assessment. */
  readonly waiver?: { readonly reason: string };
}

export interface FeeTierLine extends FeeTier {
  /** Units of this application that fall in the tier. */
  readonly quantity: number;
  readonly subtotalFen: number;
}

export interface FeeAssessment {
  readonly method: FeeMethod;
  /** The fee the tiers give, before any waiver (fen). */
  readonly assessedFen: number;
  /** What the applicant must pay (fen): 0 when waived. */
  readonly amountFen: number;
  /** Tier by tier, free tiers included, only tiers this application reaches. */
  readonly breakdown: readonly FeeTierLine[];
  readonly waived: boolean;
  readonly waiverReason?: string;
}

/**
 * Sanity bounds: beyond them the input is a data-entry error. They also keep the tier walk short
 * and every amount a safe integer.
 */
export const MAX_UNITS_PER_APPLICATION = 1000;
export const MAX_PAGES_OR_EARLIER_APPLICATIONS = 1_000_000;

function assertCount(value: number, min: number, max: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new DomainError(
      FeeErrorCode.INVALID_QUANTITY,
      `${what} must be an integer in [${min}, ${max}].`,
      {
        field: what,
        value,
      },
    );
  }
}

/** Spreads units first..last (1-based, inclusive) over consecutive tiers (超额累进). */
function breakdown(first: number, last: number, tierOf: (unit: number) => FeeTier): FeeTierLine[] {
  const lines: FeeTierLine[] = [];
  for (let unit = first; unit <= last;) {
    const tier = tierOf(unit);
    const end = tier.to === null ? last : Math.min(tier.to, last);
    const quantity = end - unit + 1;
    lines.push({ ...tier, quantity, subtotalFen: quantity * tier.unitFen });
    unit = end + 1;
  }
  return lines;
}

/**
 * The processing fee of one application (国办函〔2020〕109号, regulation.md §4), in fen.
 * Exactly one method must be chosen (FEE Art. 3).
 */
export function calculateFee(input: FeeInput): FeeAssessment {
  const { perApplication, byVolume, waiver } = input;
  if (perApplication && byVolume) {
    throw new DomainError(
      FeeErrorCode.METHODS_COMBINED,
      'Charge per application or by volume, never both for one application.',
    );
  }
  if (waiver && (typeof waiver.reason !== 'string' || waiver.reason.trim() === '')) {
    throw new DomainError(FeeErrorCode.WAIVER_REASON_REQUIRED, 'A waived fee needs a reason.');
  }

  let method: FeeMethod;
  let lines: FeeTierLine[];
  if (perApplication) {
    const units = perApplication.units ?? 1;
    assertCount(
      perApplication.earlierInMonth,
      0,
      MAX_PAGES_OR_EARLIER_APPLICATIONS,
      'earlierInMonth',
    );
    assertCount(units, 1, MAX_UNITS_PER_APPLICATION, 'units');
    method = FeeMethod.PER_APPLICATION;
    const first = perApplication.earlierInMonth + 1;
    lines = breakdown(first, first + units - 1, perApplicationTier);
  } else if (byVolume) {
    assertCount(byVolume.pages, 0, MAX_PAGES_OR_EARLIER_APPLICATIONS, 'pages');
    method = FeeMethod.BY_VOLUME;
    lines = breakdown(1, byVolume.pages, byVolumeTier);
  } else {
    throw new DomainError(FeeErrorCode.METHOD_REQUIRED, 'Choose per application or by volume.');
  }

  const assessedFen = lines.reduce((sum, l) => sum + l.subtotalFen, 0);
  return {
    method,
    assessedFen,
    amountFen: waiver ? 0 : assessedFen,
    breakdown: lines,
    waived: waiver !== undefined,
    ...(waiver ? { waiverReason: waiver.reason.trim() } : {}),
  };
}
