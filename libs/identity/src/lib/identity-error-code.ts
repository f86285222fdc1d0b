/** Codes of the errors libs/identity raises (`extensions.code`; never change once published). */
export const IdentityErrorCode = {
  INVALID_CREDENTIALS: 'AUTH.INVALID_CREDENTIALS',
  /** Unknown, expired or revoked refresh token, or a disabled account. */
  INVALID_REFRESH_TOKEN: 'AUTH.INVALID_REFRESH_TOKEN',
  /** A refresh token was used twice: the whole sign-in session is revoked. */
  REFRESH_TOKEN_REUSED: 'AUTH.REFRESH_TOKEN_REUSED',
  EMAIL_TAKEN: 'ACCOUNT.EMAIL_TAKEN',
  /** `changePassword` with a current password that is not the account's. */
  WRONG_CURRENT_PASSWORD: 'ACCOUNT.WRONG_CURRENT_PASSWORD',
  /** A password-reset link that is malformed, forged, expired, replaced or already used. */
  INVALID_RESET_TOKEN: 'ACCOUNT.INVALID_RESET_TOKEN',
  /** An applicant's sign-up link that is malformed, forged, expired or already used. */
  INVALID_SIGNUP_TOKEN: 'ACCOUNT.INVALID_SIGNUP_TOKEN',
  /** `confirmApplicantSignup` with a password that is not the one chosen at sign-up. */
  WRONG_SIGNUP_PASSWORD: 'ACCOUNT.WRONG_SIGNUP_PASSWORD',
  /** A field failed validation; `details.field` and `details.reason` say which and why. */
  INVALID_INPUT: 'ACCOUNT.INVALID_INPUT',
  USER_NOT_FOUND: 'ACCOUNT.USER_NOT_FOUND',
  AGENCY_NOT_FOUND: 'AGENCY.NOT_FOUND',
  AGENCY_CODE_TAKEN: 'AGENCY.CODE_TAKEN',
} as const;
