import { type DataProtection, deriveQueryCode, passwordResetToken } from '@gongkai/platform';

/**
 * Adds the fields that are never stored to an e-mail's data just before it is rendered. The
 * query code is derived from the application id under DATA_ENCRYPTION_KEY (the same derivation
 * the filing used), and a password-reset link's token from the request's id (the derivation the
 * api checks), so they exist only in memory and in the mail itself.
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
    return { ...rest, token: passwordResetToken(protection, passwordResetId) };
  }
  return data;
}
