import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { Link } from 'react-router';

import { useSession } from '../../auth/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { emailRule } from '../../forms/field-rules.js';
import { NewPasswordFields } from '../../forms/new-password-fields.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { useMessages } from '../../i18n/index.js';
import { ACCOUNT_CARD, useLinkToken } from './account-card.js';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

const ResetPassword = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...SessionFields
    }
  }
`);

interface NewPassword {
  password: string;
  confirm: string;
}

/**
 * "Forgot my password": the link is e-mailed to the address if it has an account. The page says
 * the same either way, as the api answers the same.
 */
export function ForgotPasswordPage() {
  const m = useMessages();
  const p = m.password;
  const request = useMutation({
    mutationFn: ({ email }: { email: string }) =>
      execute(RequestPasswordReset, { input: { email: email.trim() } }),
  });
  if (request.isSuccess) {
    return (
      <Card style={ACCOUNT_CARD}>
        <Result status="success" title={p.requestedTitle} subTitle={p.requestedText} />
      </Card>
    );
  }
  return (
    <Card style={ACCOUNT_CARD}>
      <Typography.Title level={3}>{p.forgotTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{p.forgotIntro}</Typography.Paragraph>
      <ApiErrorAlert error={request.error} />
      <Form<{ email: string }> layout="vertical" onFinish={(values) => request.mutate(values)}>
        <Form.Item
          name="email"
          label={m.login.email}
          rules={[
            { required: true, whitespace: true, message: m.validation.required },
            emailRule(m),
          ]}
        >
          <Input autoComplete="email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={request.isPending}>
          {p.sendLink}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * The e-mailed link's page: the token is in the fragment (`#token=…`), which the browser never
 * sends to a server; the new password signs the account out everywhere.
 */
export function ResetPasswordPage() {
  const m = useMessages();
  const p = m.password;
  const token = useLinkToken();
  const reset = useMutation({
    mutationFn: ({ password }: NewPassword) =>
      execute(ResetPassword, { input: { token, newPassword: password } }),
  });
  if (reset.isSuccess) {
    return (
      <Card style={ACCOUNT_CARD}>
        <Result
          status="success"
          title={p.resetDoneTitle}
          subTitle={p.resetDoneText}
          extra={
            <Link to="/account/login">
              <Button type="primary">{m.account.loginLink}</Button>
            </Link>
          }
        />
      </Card>
    );
  }
  return (
    <Card style={ACCOUNT_CARD}>
      <Typography.Title level={3}>{p.resetTitle}</Typography.Title>
      {token === '' ? (
        <Alert type="warning" showIcon message={p.noToken} />
      ) : (
        <>
          <ApiErrorAlert error={reset.error} />
          <Form<NewPassword> layout="vertical" onFinish={(values) => reset.mutate(values)}>
            <NewPasswordFields label={p.newPassword} />
            <Button type="primary" htmlType="submit" block loading={reset.isPending}>
              {p.setPassword}
            </Button>
          </Form>
        </>
      )}
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <Link to="/forgot-password">{p.requestAgain}</Link>
      </Typography.Paragraph>
    </Card>
  );
}

/** A signed-in user changes the password; other devices are signed out, this one stays in. */
export function ChangePasswordPage() {
  const m = useMessages();
  const p = m.password;
  const { signIn } = useSession();
  const [form] = Form.useForm<NewPassword & { current: string }>();
  const change = useMutation({
    mutationFn: ({ current, password }: NewPassword & { current: string }) =>
      execute(ChangePassword, { input: { currentPassword: current, newPassword: password } }),
    onSuccess: ({ changePassword }) => {
      signIn(changePassword);
      form.resetFields();
    },
  });
  return (
    <Card style={ACCOUNT_CARD}>
      <Typography.Title level={3}>{p.changeTitle}</Typography.Title>
      {change.isSuccess && <Alert type="success" showIcon message={p.changed} />}
      <ApiErrorAlert error={change.error} />
      <Form form={form} layout="vertical" onFinish={(values) => change.mutate(values)}>
        <Form.Item
          name="current"
          label={p.currentPassword}
          rules={[{ required: true, message: m.validation.required }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields label={p.newPassword} />
        <Button type="primary" htmlType="submit" block loading={change.isPending}>
          {p.setPassword}
        </Button>
      </Form>
    </Card>
  );
}
