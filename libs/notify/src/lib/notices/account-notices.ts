import { PASSWORD_RESET_VALID_MINUTES, PasswordReset, User } from '@gongkai/data';
import type { ComposeContext, NoticeDraft } from './notice-draft.js';

/**
 * The password-reset link, to the account's own address. Nothing is sent when the request was
 * used or replaced, has expired, or its account was disabled, by the time the job runs.
 */
export async function composePasswordReset(
  context: ComposeContext,
  payload: { passwordResetId: string },
): Promise<NoticeDraft[]> {
  const reset = await context.em.findOne(PasswordReset, payload.passwordResetId);
  if (!reset || reset.usedAt !== null || reset.expiresAt <= context.now) return [];
  const user = await context.em.findOne(User, { id: reset.user.id, disabledAt: null });
  if (!user) return [];
  const draft: NoticeDraft<'password-reset'> = {
    recipient: user.email,
    template: 'password-reset',
    application: null,
    data: {
      recipientName: user.displayName,
      portalUrl: context.portalUrl,
      validMinutes: PASSWORD_RESET_VALID_MINUTES,
      passwordResetId: reset.id,
    },
  };
  return [draft];
}
