import { Alert } from 'antd';
import { ApiError } from '../graphql/client.js';
import { errorText, useMessages } from '../i18n/index.js';

/**
 * The words for a coded api error: `code:field:reason` first (an `ACCOUNT.INVALID_INPUT` names
 * the field and why in its details), then the code; `overrides` word a code for one page (an
 * e-mail already taken means "sign in" on registration but not to an administrator).
 */
export function useErrorWords(overrides: Record<string, string> = {}) {
  const m = useMessages();
  return (error: unknown): string => {
    const code = error instanceof ApiError ? error.code : 'INTERNAL';
    const { field, reason } = error instanceof ApiError ? error.extensions : {};
    const detailed =
      typeof field === 'string' && typeof reason === 'string' ? `${code}:${field}:${reason}` : '';
    return overrides[detailed] ?? m.errors[detailed] ?? overrides[code] ?? errorText(m, code);
  };
}

/** An api failure in words: the coded error's zh-CN text, never a raw message or stack. */
export function ApiErrorAlert({
  error,
  overrides,
}: {
  error: unknown;
  overrides?: Record<string, string>;
}) {
  const m = useMessages();
  const words = useErrorWords(overrides);
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={m.errors.title}
      description={words(error)}
      style={{ marginBottom: 16 }}
    />
  );
}
