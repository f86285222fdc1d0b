import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { emailRule } from '../../forms/field-rules.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { useMessages } from '../../i18n/index.js';

const SendTestEmail = graphql(`
  mutation SendTestEmail($input: SendTestEmailInput!) {
    sendTestEmail(input: $input) {
      emailMessageId
    }
  }
`);

/** 测试邮件: the mail path end to end — the api records the message, the worker sends it. */
export function TestEmailPage() {
  const m = useMessages();
  const a = m.admin;
  const send = useMutation({
    mutationFn: ({ to }: { to: string }) => execute(SendTestEmail, { input: { to: to.trim() } }),
  });
  return (
    <>
      <Typography.Title level={2}>{a.testEmailTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{a.testEmailIntro}</Typography.Paragraph>
      <Card style={{ maxWidth: 560 }}>
        {send.data && (
          <Alert
            type="success"
            showIcon
            title={a.testEmailSent(
              send.variables.to.trim(),
              send.data.sendTestEmail.emailMessageId,
            )}
            style={{ marginBottom: 16 }}
          />
        )}
        <ApiErrorAlert error={send.error} />
        <Form<{ to: string }> layout="vertical" onFinish={(values) => send.mutate(values)}>
          <Form.Item
            name="to"
            label={a.recipient}
            rules={[
              { required: true, whitespace: true, message: m.validation.required },
              emailRule(m),
            ]}
          >
            <Input autoComplete="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {a.sendTestEmail}
          </Button>
        </Form>
      </Card>
    </>
  );
}
