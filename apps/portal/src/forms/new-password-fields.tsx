import { Form, Input } from 'antd';
import { useMessages } from '../i18n/index.js';

/** As the server checks it (libs/identity account-input). */
export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

/**
 * A new password and its confirmation (`password`, `confirm`), with the server's length rule:
 * registration, a reset link and a signed-in change share them.
 */
export function NewPasswordFields({ label }: { label: string }) {
  const m = useMessages();
  const a = m.account;
  const help = a.passwordHelp(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max);
  return (
    <>
      <Form.Item
        name="password"
        label={label}
        extra={help}
        rules={[
          { required: true, message: m.validation.required },
          { min: PASSWORD_LENGTH.min, max: PASSWORD_LENGTH.max, message: help },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={a.confirmPassword}
        dependencies={['password']}
        rules={[
          { required: true, message: m.validation.required },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value !== getFieldValue('password')) throw new Error(a.passwordMismatch);
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
