import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { Link, Navigate, useNavigate } from 'react-router';

import { useSession } from '../../auth/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { emailRule } from '../../forms/field-rules.js';
import { NewPasswordFields } from '../../forms/new-password-fields.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { useMessages } from '../../i18n/index.js';
import { ACCOUNT_CARD, useLinkToken } from './account-card.js';

const RegisterApplicant = graphql(`
  mutation RegisterApplicant($input: RegisterApplicantInput!) {
    registerApplicant(input: $input)
  }
`);

const ConfirmApplicantSignup = graphql(`
  mutation ConfirmApplicantSignup($input: ConfirmApplicantSignupInput!) {
    confirmApplicantSignup(input: $input) {
      ...SessionFields
    }
  }
`);

interface Registration {
  name: string;
  email: string;
  password: string;
  confirm: string;
}

/** As the server checks it (libs/identity account-input). */
const NAME_MAX = 100;

/**
 * An applicant asks for an account (optional: filing and tracking need none). The api answers the
 * same for every address and e-mails a link; the account opens when the link comes back
 * (`AccountConfirmPage`).
 */
export function AccountRegisterPage() {
  const m = useMessages();
  const a = m.account;
  const { session } = useSession();
  const register = useMutation({
    mutationFn: ({ name, email, password }: Registration) =>
      execute(RegisterApplicant, { input: { name: name.trim(), email: email.trim(), password } }),
  });
  if (session) return <Navigate to="/account" replace />;
  if (register.isSuccess) {
    return (
      <Card style={ACCOUNT_CARD}>
        <Result
          status="success"
          title={a.signupSentTitle}
          subTitle={a.signupSentText(register.variables.email.trim())}
        />
      </Card>
    );
  }
  return (
    <Card style={ACCOUNT_CARD}>
      <Typography.Title level={3}>{a.registerTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{a.registerIntro}</Typography.Paragraph>
      <ApiErrorAlert error={register.error} />
      <Form<Registration> layout="vertical" onFinish={(values) => register.mutate(values)}>
        <Form.Item
          name="name"
          label={a.name}
          rules={[
            { required: true, whitespace: true, message: m.validation.required },
            { max: NAME_MAX, message: a.nameTooLong(NAME_MAX) },
          ]}
        >
          <Input autoComplete="name" />
        </Form.Item>
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
        <NewPasswordFields label={m.login.password} />
        <Button type="primary" htmlType="submit" block loading={register.isPending}>
          {a.register}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {a.haveAccount} <Link to="/account/login">{a.loginLink}</Link>
      </Typography.Paragraph>
    </Card>
  );
}

/**
 * The e-mailed link (`/account/confirm#token=…`; the fragment never reaches a server): the
 * password chosen at sign-up opens the account, once; it is then signed in and goes to 我的申请.
 * Nothing is sent before the applicant does so: a link opened by a mail scanner opens nothing.
 */
export function AccountConfirmPage() {
  const m = useMessages();
  const a = m.account;
  const { signIn } = useSession();
  const navigate = useNavigate();
  const token = useLinkToken();
  const confirm = useMutation({
    mutationFn: ({ password }: { password: string }) =>
      execute(ConfirmApplicantSignup, { input: { token, password } }),
    onSuccess: ({ confirmApplicantSignup }) => {
      signIn(confirmApplicantSignup);
      void navigate('/account', { replace: true });
    },
  });
  return (
    <Card style={ACCOUNT_CARD}>
      <Typography.Title level={3}>{a.confirmTitle}</Typography.Title>
      {token === '' ? (
        <Alert type="warning" showIcon message={a.noToken} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{a.confirmIntro}</Typography.Paragraph>
          <ApiErrorAlert error={confirm.error} />
          <Form<{ password: string }>
            layout="vertical"
            onFinish={(values) => confirm.mutate(values)}
          >
            <Form.Item
              name="password"
              label={a.signupPassword}
              rules={[{ required: true, message: m.validation.required }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={confirm.isPending}>
              {a.openAccount}
            </Button>
          </Form>
        </>
      )}
      <Typography.Paragraph style={{ marginTop: 16 }}>
        <Link to="/account/login">{a.loginLink}</Link>
        {' · '}
        <Link to="/account/register">{a.registerAgain}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
