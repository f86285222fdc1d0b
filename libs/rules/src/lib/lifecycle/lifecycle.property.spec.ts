import fc from 'fast-check';
import { addDays } from '../date/local-date.js';
import { DomainError } from '../errors/domain-error.js';
import { Outcome, OUTCOMES } from '../outcomes/outcome.js';
import { APPLICATION_ACTIONS, ApplicationAction as A } from './application-action.js';
import { APPLICATION_STATUSES, ApplicationStatus as S } from './application-status.js';
import { applyAction } from './apply-action.js';
import { allowedActions, checkAction } from './check-action.js';
import { DEEMED_WITHDRAWN_FROM, DeemedWithdrawnReason } from './deemed-withdrawn-reason.js';
import { ExtensionStatus } from './extension-status.js';
import type { ActionInput, LifecycleState } from './lifecycle-state.js';

/** A stand-in for the clock: calendar days are enough to exercise every late/too-late branch. */
function withClock(
  before: LifecycleState,
  after: LifecycleState,
  action: A,
  input: ActionInput,
): LifecycleState {
  const t = after.today;
  switch (action) {
    case A.CONFIRM_RECEIPT:
      return { ...after, replyDueOn: addDays(t, 28), supplementNoticeDueOn: addDays(t, 9) };
    case A.REQUEST_SUPPLEMENT:
      return { ...after, supplementDueOn: addDays(t, 14) };
    case A.RECORD_SUPPLEMENT:
      return { ...after, replyDueOn: addDays(t, 28) };
    case A.DECIDE_EXTENSION:
      return input.extensionApproved && before.replyDueOn
        ? { ...after, replyDueOn: addDays(before.replyDueOn, 28) }
        : after;
    case A.ISSUE_FEE_NOTICE:
      return { ...after, feePaymentDueOn: addDays(t, 28) };
    default:
      return after;
  }
}

/** An input that satisfies the action's input guards, when the state allows the action. */
function validInput(state: LifecycleState, action: A): ActionInput {
  switch (action) {
    case A.ISSUE_REPLY:
      return { outcome: Outcome.GRANTED };
    case A.DECIDE_EXTENSION:
      return { extensionApproved: true };
    case A.CLOSE_AS_DEEMED_WITHDRAWN:
      return {
        deemedWithdrawnReason:
          DEEMED_WITHDRAWN_FROM[DeemedWithdrawnReason.NO_SUPPLEMENT] === state.status
            ? DeemedWithdrawnReason.NO_SUPPLEMENT
            : DeemedWithdrawnReason.FEE_UNPAID,
      };
    default:
      return {};
  }
}

const inputArb: fc.Arbitrary<ActionInput> = fc.record(
  {
    outcome: fc.constantFrom(...OUTCOMES, 'BOGUS' as Outcome),
    extensionApproved: fc.boolean(),
    deemedWithdrawnReason: fc.constantFrom(
      DeemedWithdrawnReason.NO_SUPPLEMENT,
      DeemedWithdrawnReason.FEE_UNPAID,
    ),
    servedOn: fc.constantFrom('2024-01-01', '2030-01-01', 'not-a-date'),
  },
  { requiredKeys: [] },
);

const stepArb = fc.record({
  // Mostly an action the state allows (so long cases happen), sometimes any action or garbage.
  allowedPick: fc.option(fc.nat(), { freq: 4, nil: undefined }),
  anyAction: fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...APPLICATION_ACTIONS) },
    { weight: 1, arbitrary: fc.constant('reopen' as A) },
  ),
  // Withdrawal ends the case; keep it rare so the other paths get explored.
  mayWithdraw: fc.integer({ min: 0, max: 15 }).map((n) => n === 0),
  useValidInput: fc.boolean(),
  input: inputArb,
  days: fc.integer({ min: 0, max: 10 }),
});

type StepValue = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function pickAction(step: StepValue, allowed: readonly A[]): A {
  const candidates = allowed.filter((a) => a !== A.WITHDRAW || step.mayWithdraw);
  if (step.allowedPick === undefined || candidates.length === 0) return step.anyAction;
  return candidates[step.allowedPick % candidates.length] ?? step.anyAction;
}

function invariants(s: LifecycleState): void {
  expect(APPLICATION_STATUSES).toContain(s.status);
  expect(Object.values(ExtensionStatus)).toContain(s.extension);
  expect(s.openConsultations).toBeGreaterThanOrEqual(0);
  expect(s.openConsultations > 0).toBe(s.status === S.AWAITING_CONSULTATION);
  if (s.status === S.AWAITING_SUPPLEMENT) expect(s.supplementRequested).toBe(true);
  if (s.status === S.AWAITING_FEE) expect(s.feeNoticeIssued).toBe(true);
  // No dead ends: only a withdrawn application has nothing left to do.
  expect(allowedActions(s).length === 0).toBe(s.status === S.WITHDRAWN);
}

describe('lifecycle properties', () => {
  it('random action sequences never reach an undefined state, and allowedActions tells the truth', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(stepArb, { maxLength: 60 }), (confirmed, steps) => {
        let s: LifecycleState = {
          status: confirmed ? S.IN_PROGRESS : S.PENDING_CONFIRMATION,
          today: '2024-01-02',
          supplementRequested: false,
          extension: ExtensionStatus.NONE,
          openConsultations: 0,
          feeNoticeIssued: false,
          ...(confirmed ? { replyDueOn: '2024-01-30', supplementNoticeDueOn: '2024-01-11' } : {}),
        };
        let outcome: Outcome | undefined;
        let conclusions = 0;

        for (const step of steps) {
          s = { ...s, today: addDays(s.today, step.days) };
          invariants(s);
          const allowed = allowedActions(s);
          // Every allowed action goes through with a suitable input.
          for (const action of allowed)
            expect(checkAction(s, action, validInput(s, action)).ok).toBe(true);

          const action = pickAction(step, allowed);
          const input = step.useValidInput ? validInput(s, action) : step.input;
          const check = checkAction(s, action, input);
          if (!check.ok) {
            expect(check.error).toBeInstanceOf(DomainError);
            expect(check.error.code).toMatch(/^APPLICATION\.[A-Z_]+$/);
            continue;
          }
          expect(allowed).toContain(action);
          if (check.outcome !== undefined) outcome = check.outcome;
          const next = applyAction(s, action, input).state;
          expect(next.status).toBe(check.nextStatus);
          if (check.concludes) {
            // A concluded application is counted once, in its outcome's row.
            conclusions += 1;
            expect(conclusions).toBe(1);
            expect([S.CLOSED, S.WITHDRAWN]).toContain(next.status);
            expect(outcome).toBeDefined();
          }
          s = withClock(s, next, action, input);
        }
        invariants(s);
      }),
      { numRuns: 300 },
    );
  });
});
