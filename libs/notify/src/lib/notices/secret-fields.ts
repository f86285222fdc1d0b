import { type DataProtection, deriveQueryCode } from '@gongkai/platform';

/**
 * Adds the fields that are never stored to an e-mail's data just before it is rendered. The
 * query code is derived from the application id under DATA_ENCRYPTION_KEY (the same derivation
 * the filing used), so it exists only in memory and in the mail itself.
 */
export function withSecretFields(
  template: string,
  data: Record<string, unknown>,
  protection: DataProtection,
): Record<string, unknown> {
  if (template === 'acknowledgment' && typeof data['applicationId'] === 'string') {
    return { ...data, queryCode: deriveQueryCode(protection, data['applicationId']) };
  }
  return data;
}
