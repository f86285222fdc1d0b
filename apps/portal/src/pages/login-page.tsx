import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../auth/session.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { execute } from '../graphql/client.js';
import { graphql } from '../graphql/generated/index.js';
import { useMessages } from '../i18n/index.js';

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

interface Credentials {
  email: string;
  password: string;
}

/**
 * Sign in, then back where they were going: staff (officers, supervisors, administrators) to
 * `/staff…`, applicants (`audience="applicant"`, at /account/login) to `/account…`.
 */
export function LoginPage({ audience = 'staff' }: { audience?: 'staff' | 'applicant' }) {
  const m = useMessages();
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const home = audience === 'staff' ? '/staff' : '/account';
  const next = params.get('next')?.startsWith(home) ? (params.get('next') as string) : home;
  const login = useMutation({
    mutationFn: (input: Credentials) => execute(Login, { input }),
    onSuccess: ({ login: payload }) => {
      signIn(payload);
      void navigate(next, { replace: true });
    },
  });
  if (session && !login.isSuccess) return <Navigate to={next} replace />;
  return (
    <Card style={{ maxWidth: 420, margin: '40px auto' }}>
      <Typography.Title level={3}>
        {audience === 'staff' ? m.login.title : m.account.loginTitle}
      </Typography.Title>
      <ApiErrorAlert error={login.error} />
      <Form<Credentials> layout="vertical" onFinish={(values) => login.mutate(values)}>
        <Form.Item
          name="email"
          label={m.login.email}
          rules={[{ required: true, whitespace: true, message: m.validation.required }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={m.login.password}
          rules={[{ required: true, message: m.validation.required }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {m.login.submit}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/forgot-password">{m.password.forgot}</Link>
      </Typography.Paragraph>
      {audience === 'applicant' && (
        <Typography.Paragraph style={{ marginTop: 16 }}>
          {m.account.noAccount} <Link to="/account/register">{m.account.registerLink}</Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
