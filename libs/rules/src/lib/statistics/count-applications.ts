import { DomainError } from '../errors/domain-error.js';
import { toEpochDay } from '../date/local-date.js';
import type { ApplicantKind } from '../outcomes/applicant-kind.js';
import { isOutcome } from '../outcomes/outcome.js';
import type { ApplicationFacts } from './application-facts.js';
import { StatisticsErrorCode } from './statistics-error-code.js';
import { assertValidPeriod, type StatisticsPeriod } from './statistics-period.js';
import type { TableThreeCount, TableThreeMeasure } from './table-three-count.js';

const { OUTCOME_MISSING, CONCLUDED_BEFORE_RECEIVED } = StatisticsErrorCode;

/**
 * The in-memory twin of the SQL aggregation (DESIGN.md §7), for tests, small agencies and
 * cross-checks. For a period [from, to]:
 * - received = receivedOn in the period;
 * - carried in = received before `from` and not concluded before `from`;
 * - concluded = concludedOn in the period, counted in its outcome's row;
 * - carried out = received by `to` and not concluded by `to`.
 * So received + carried in = concluded + carried out, per applicant kind, by construction.
 */
export function countApplications(
  facts: Iterable<ApplicationFacts>,
  period: StatisticsPeriod,
): TableThreeCount[] {
  assertValidPeriod(period);
  const from = toEpochDay(period.from);
  const to = toEpochDay(period.to);
  const tally = new Map<
    string,
    { measure: TableThreeMeasure; applicantKind: ApplicantKind; count: number }
  >();
  const add = (measure: TableThreeMeasure, applicantKind: ApplicantKind): void => {
    const key = `${measure}|${applicantKind}`;
    const entry = tally.get(key);
    if (entry) entry.count += 1;
    else tally.set(key, { measure, applicantKind, count: 1 });
  };

  let index = 0;
  for (const fact of facts) {
    const received = toEpochDay(fact.receivedOn);
    const concluded = fact.concludedOn === undefined ? undefined : toEpochDay(fact.concludedOn);
    const { outcome } = fact;
    if (concluded !== undefined && concluded < received) {
      const message = 'An application concluded before it was received.';
      throw new DomainError(CONCLUDED_BEFORE_RECEIVED, message, { index });
    }
    if (concluded !== undefined && !isOutcome(outcome)) {
      throw new DomainError(OUTCOME_MISSING, 'A concluded application needs an outcome.', {
        index,
      });
    }
    if (received >= from && received <= to) add('RECEIVED', fact.applicantKind);
    if (received < from && (concluded === undefined || concluded >= from)) {
      add('CARRIED_IN', fact.applicantKind);
    }
    if (concluded !== undefined && concluded >= from && concluded <= to && isOutcome(outcome)) {
      add(outcome, fact.applicantKind);
    }
    if (received <= to && (concluded === undefined || concluded > to)) {
      add('CARRIED_OUT', fact.applicantKind);
    }
    index += 1;
  }
  return [...tally.values()];
}
