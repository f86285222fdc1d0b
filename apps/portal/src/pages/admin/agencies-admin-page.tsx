import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { useMessages } from '../../i18n/index.js';
import { AGENCIES_KEY, AgencySelect, type OverseenAgency, useAgencies } from './agencies.js';

const CreateAgency = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      code
      name
    }
  }
`);

/** As the server checks it (libs/identity create-agency): it starts every tracking number. */
const AGENCY_CODE = /^[A-Z0-9]{1,16}(?:-[A-Z0-9]{1,16})*$/;
const AGENCY_CODE_MAX = 32;
const AGENCY_NAME_MAX = 200;

interface NewAgency {
  code: string;
  name: string;
  parentId?: string | null;
}

/** 机构: the agency tree (`agencies`) and a new agency at the root or under a parent. */
export function AgenciesAdminPage() {
  const m = useMessages();
  const a = m.admin;
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const [form] = Form.useForm<NewAgency>();
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: ({ code, name, parentId }: NewAgency) =>
      execute(CreateAgency, { input: { code, name, parentId: parentId ?? null } }),
    onSuccess: async ({ createAgency }) => {
      form.resetFields();
      setCreated(a.agencyCreated(createAgency.name, createAgency.code));
      // The public list (filing, statistics) shows it too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: AGENCIES_KEY }),
        queryClient.invalidateQueries({ queryKey: ['publicAgencies'] }),
      ]);
    },
  });
  const list = agencies.data ?? [];
  return (
    <>
      <Typography.Title level={2}>{a.agenciesTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{a.agenciesIntro}</Typography.Paragraph>
      <ApiErrorAlert error={agencies.error} />
      <Table<OverseenAgency>
        rowKey="id"
        dataSource={list}
        loading={agencies.isLoading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        columns={[
          {
            title: a.agencyName,
            render: (_: unknown, agency) => (
              <span style={{ paddingLeft: agency.depth * 24 }}>{agency.name}</span>
            ),
          },
          { title: a.agencyCode, dataIndex: 'code' },
          {
            title: '',
            render: (_: unknown, agency) => (
              <Space wrap>
                <Link
                  to={`/staff/users?agency=${encodeURIComponent(agency.id)}`}
                  aria-label={a.accountsOf(agency.name)}
                >
                  {a.accounts}
                </Link>
                <Link
                  to={`/staff/audit-trail?agency=${encodeURIComponent(agency.id)}`}
                  aria-label={a.auditOfAgency(agency.name)}
                >
                  {a.audit}
                </Link>
              </Space>
            ),
          },
        ]}
      />
      <Card title={a.createAgency} style={{ marginTop: 24 }}>
        {created && <Alert type="success" showIcon title={created} style={{ marginBottom: 16 }} />}
        <ApiErrorAlert error={create.error} />
        <Form<NewAgency>
          form={form}
          layout="vertical"
          onFinish={(values) => {
            setCreated(null);
            create.mutate(values);
          }}
          style={{ maxWidth: 560 }}
        >
          <Form.Item name="parentId" label={a.parent} extra={a.parentHelp}>
            <AgencySelect agencies={list} allowClear />
          </Form.Item>
          <Form.Item
            name="name"
            label={a.agencyName}
            rules={[
              { required: true, whitespace: true, message: m.validation.required },
              { max: AGENCY_NAME_MAX, message: a.nameTooLong(AGENCY_NAME_MAX) },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="code"
            label={a.agencyCode}
            extra={a.agencyCodeHelp}
            // The server stores codes upper-case; typing them so shows what will be stored.
            normalize={(value: string | undefined) => value?.toUpperCase()}
            rules={[
              { required: true, whitespace: true, message: m.validation.required },
              {
                validator: async (_rule, value: unknown) => {
                  if (typeof value !== 'string' || value.trim() === '') return;
                  const code = value.trim();
                  if (!AGENCY_CODE.test(code) || code.length > AGENCY_CODE_MAX)
                    throw new Error(a.agencyCodeFormat);
                },
              },
            ]}
          >
            <Input autoComplete="off" style={{ maxWidth: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {a.createAgency}
          </Button>
        </Form>
      </Card>
    </>
  );
}
