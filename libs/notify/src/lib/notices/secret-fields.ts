import { type DataProtection, deriveQueryCode, linkToken } from '@gongkai/platform';

/**
 * Adds the fields that are never stored to an e-mail's data just before it is rendered. The
 * query code is derived from the application id under DATA_ENCRYPTION_KEY (the same derivation
 * the filing used), and a one-time link's token from its row's id (the derivation the api
 * checks), so they exist only in memory and in the mail itself.
 */
export function withSecretFields(
  template: string,
  data: Record<string, unknown>,
  protection: DataProtection,
): Record<string, unknown> {
  if (template === 'acknowledgment' && typeof data['applicationId'] === 'string') {
    return { ...data, queryCode: deriveQueryCode(protection, data['applicationId']) };
  }
  if (template === 'password-reset' && typeof data['passwordResetId'] === 'string') {
    const { passwordResetId, ...rest } = data;
    return { ...rest, token: linkToken(protection, 'password-reset', passwordResetId) };
  }
  if (template === 'applicant-signup' && typeof data['signupId'] === 'string') {
    const { signupId, ...rest } = data;
    return { ...rest, token: linkToken(protection, 'applicant-signup', signupId) };
  }
  return data;
}
