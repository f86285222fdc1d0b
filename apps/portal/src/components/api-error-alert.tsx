import { Alert } from 'antd';
import { ApiError } from '../graphql/client.js';
import { errorText, useMessages } from '../i18n/index.js';

/** An api failure in words: the coded error's zh-CN text, never a raw message or stack. */
export function ApiErrorAlert({ error }: { error: unknown }) {
  const m = useMessages();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={m.errors.title}
      description={errorText(m, code)}
      style={{ marginBottom: 16 }}
    />
  );
}
