import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate } from 'react-router';
import { useSession } from '../../auth/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { emailRule } from '../../forms/field-rules.js';
import { NewPasswordFields } from '../../forms/new-password-fields.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { useMessages } from '../../i18n/index.js';

const RegisterApplicant = graphql(`
  mutation RegisterApplicant($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
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

/** An applicant opens an account (optional: filing and tracking need none), then is signed in. */
export function AccountRegisterPage() {
  const m = useMessages();
  const a = m.account;
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const register = useMutation({
    mutationFn: ({ name, email, password }: Registration) =>
      execute(RegisterApplicant, { input: { name: name.trim(), email: email.trim(), password } }),
    onSuccess: ({ registerApplicant }) => {
      signIn(registerApplicant);
      void navigate('/account', { replace: true });
    },
  });
  if (session && !register.isSuccess) return <Navigate to="/account" replace />;
  return (
    <Card style={{ maxWidth: 480, margin: '40px auto' }}>
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
