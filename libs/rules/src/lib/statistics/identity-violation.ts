import { DomainError } from '../errors/domain-error.js';
import { StatisticsErrorCode } from './statistics-error-code.js';

export interface IdentityViolationDetails {
  /** `三` or `四`. */
  readonly table: string;
  /** The identity's number in regulation.md §3.4. */
  readonly identity: number;
  /** Row and column labels of the failing cell, as printed. */
  readonly row: string;
  readonly column: string;
  readonly leftSide: string;
  readonly left: number;
  readonly rightSide: string;
  readonly right: number;
}

/** A `STATISTICS.IDENTITY_VIOLATED` error naming the failing cell and both sides. */
export function identityViolation(d: IdentityViolationDetails): DomainError {
  return new DomainError(
    StatisticsErrorCode.IDENTITY_VIOLATED,
    `Table ${d.table}, identity ${d.identity} fails at row "${d.row}", column "${d.column}": ` +
      `${d.leftSide} = ${d.left} but ${d.rightSide} = ${d.right}.`,
    { ...d },
  );
}
