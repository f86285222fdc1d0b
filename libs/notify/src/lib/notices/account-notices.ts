import {
  ApplicantSignup,
  PASSWORD_RESET_VALID_MINUTES,
  PasswordReset,
  SIGNUP_VALID_HOURS,
  User,
} from '@gongkai/data';
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

/**
 * An applicant's sign-up, to the address it names: the link that opens the account or, when the
 * address has an account by now (enabled or not), a note that no second one was opened. Nothing
 * is sent once the sign-up was used or has expired.
 */
export async function composeApplicantSignup(
  context: ComposeContext,
  payload: { signupId: string },
): Promise<NoticeDraft[]> {
  const signup = await context.em.findOne(ApplicantSignup, payload.signupId);
  if (!signup || signup.expiresAt <= context.now) return [];
  if (await context.em.count(User, { email: signup.email })) {
    const existing: NoticeDraft<'signup-existing'> = {
      recipient: signup.email,
      template: 'signup-existing',
      application: null,
      data: { portalUrl: context.portalUrl },
    };
    return [existing];
  }
  const draft: NoticeDraft<'applicant-signup'> = {
    recipient: signup.email,
    template: 'applicant-signup',
    application: null,
    data: {
      portalUrl: context.portalUrl,
      validHours: SIGNUP_VALID_HOURS,
      signupId: signup.id,
    },
  };
  return [draft];
}
