import { Role } from '@gongkai/data';
import { ApplicationAction } from '@gongkai/rules';

/** The staff roles that may take each action; the one rule for the mutation and `availableActions`. */
export const STAFF = [Role.OFFICER, Role.SUPERVISOR] as const;
export const DECIDE_EXTENSION_ROLES = [Role.SUPERVISOR] as const;

const RESTRICTED: Partial<Record<ApplicationAction, readonly Role[]>> = {
  [ApplicationAction.DECIDE_EXTENSION]: DECIDE_EXTENSION_ROLES,
};

/** Whether a caller with these roles may take the action (the lifecycle decides whether it is due). */
export function mayTakeAction(action: ApplicationAction, roles: readonly string[]): boolean {
  const needed = RESTRICTED[action] ?? STAFF;
  return needed.some((role) => roles.includes(role));
}
