import { DomainError } from '../errors/domain-error.js';
import type { Outcome } from '../outcomes/outcome.js';
import {
  APPLICATION_ACTIONS,
  isApplicationAction,
  type ApplicationAction,
} from './application-action.js';
import type { ApplicationStatus } from './application-status.js';
import type { LateFlag } from './late-flag.js';
import { LifecycleErrorCode } from './lifecycle-error-code.js';
import type { ActionInput, LifecycleState } from './lifecycle-state.js';
import { TRANSITIONS, type Refusal, type TransitionRule } from './transition-table.js';

export type ActionCheck =
  | {
      readonly ok: true;
      readonly action: ApplicationAction;
      readonly nextStatus: ApplicationStatus;
      /** Time limits this action misses; empty when on time. */
      readonly late: readonly LateFlag[];
      /** Set when the action decides how the application ends. */
      readonly outcome?: Outcome;
      /** The application is concluded (办结) today: reply served, deemed withdrawn or withdrawn. */
      readonly concludes: boolean;
    }
  | { readonly ok: false; readonly action: string; readonly error: DomainError };

function refused(action: string, state: LifecycleState, refusal: Refusal): ActionCheck {
  return {
    ok: false,
    action,
    error: new DomainError(refusal.code, refusal.message, { action, status: state.status }),
  };
}

/** The status check and the state guards: what `allowedActions` is made of. */
function stateRefusal(rule: TransitionRule, state: LifecycleState): Refusal | undefined {
  if (!rule.from.includes(state.status)) {
    return (
      rule.refusedIn?.[state.status] ?? {
        code: LifecycleErrorCode.TRANSITION_NOT_ALLOWED,
        message: `${rule.action} is not possible while the application is ${state.status}.`,
      }
    );
  }
  for (const guard of rule.guards ?? []) {
    const refusal = guard(state);
    if (refusal) return refusal;
  }
  return undefined;
}

function nextStatus(rule: TransitionRule, state: LifecycleState): ApplicationStatus {
  if (rule.to === 'SAME') return state.status;
  return typeof rule.to === 'function' ? rule.to(state) : rule.to;
}

/**
 * Whether `action` may be taken now, and what follows: the next status, the late flags, the
 * outcome it fixes. A refusal carries a coded DomainError (see LifecycleErrorCode). Pure: the
 * caller applies the result (see `applyAction`) and records the event.
 */
export function checkAction(
  state: LifecycleState,
  action: ApplicationAction,
  input: ActionInput = {},
): ActionCheck {
  if (!isApplicationAction(action)) {
    return refused(String(action), state, {
      code: LifecycleErrorCode.UNKNOWN_ACTION,
      message: 'Unknown action.',
    });
  }
  const rule = TRANSITIONS[action];
  const refusal =
    stateRefusal(rule, state) ??
    (rule.inputGuards ?? []).reduce<Refusal | undefined>(
      (found, guard) => found ?? guard(state, input),
      undefined,
    );
  if (refusal) return refused(action, state, refusal);

  const outcome = rule.outcome?.(state, input);
  return {
    ok: true,
    action,
    nextStatus: nextStatus(rule, state),
    late: (rule.late ?? []).filter((l) => l.when(state, input)).map((l) => l.flag),
    ...(outcome === undefined ? {} : { outcome }),
    concludes: rule.concludes ?? false,
  };
}

/** Actions the application's state allows now (their inputs are checked by `checkAction`). */
export function allowedActions(state: LifecycleState): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter(
    (action) => stateRefusal(TRANSITIONS[action], state) === undefined,
  );
}

/** `checkAction` that throws the refusal. */
export function assertAction(
  state: LifecycleState,
  action: ApplicationAction,
  input: ActionInput = {},
): Extract<ActionCheck, { ok: true }> {
  const check = checkAction(state, action, input);
  if (!check.ok) throw check.error;
  return check;
}
