import type { ApplicationAction } from './application-action.js';
import { assertAction, type ActionCheck } from './check-action.js';
import type { ActionInput, LifecycleState } from './lifecycle-state.js';
import { TRANSITIONS } from './transition-table.js';

/**
 * The state after `action`, or the refusal thrown as a DomainError. Changes only the lifecycle's
 * own fields (status, supplement, extension, consultations, fee notice); due dates are the
 * clock's to recompute afterwards.
 */
export function applyAction(
  state: LifecycleState,
  action: ApplicationAction,
  input: ActionInput = {},
): { readonly state: LifecycleState; readonly check: Extract<ActionCheck, { ok: true }> } {
  const check = assertAction(state, action, input);
  const effect = TRANSITIONS[action].effect?.(state, input) ?? {};
  return { state: { ...state, ...effect, status: check.nextStatus }, check };
}
