import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { LoadMore } from '../../components/load-more.js';
import { formatDateTime } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { UsersQuery } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import { CreateUserCard, RolesCard, USERS_KEY } from './account-forms.js';
import { AgencySelect, useAgencies } from './agencies.js';

const Users = graphql(`
  query Users($agencyId: ID!, $first: Int!, $after: String) {
    users(agencyId: $agencyId, first: $first, after: $after) {
      nodes {
        id
        email
        displayName
        roles
        agencyId
        disabledAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DisableUser = graphql(`
  mutation DisableUser($input: DisableUserInput!) {
    disableUser(input: $input) {
      id
      disabledAt
    }
  }
`);

type Row = UsersQuery['users']['nodes'][number];

const PAGE_SIZE = 20;

/**
 * 账户管理: the accounts of one agency, by e-mail, a keyset page at a time. Administrators create
 * accounts, change roles and disable; supervisors see the accounts of their agency and below.
 * `?agency=<id>` keeps the agency picked.
 */
export function UsersPage() {
  const m = useMessages();
  const a = m.admin;
  const { session, hasRole } = useSession();
  const admin = hasRole('ADMIN');
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Row | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = agencies.data ?? [];
  const agencyId =
    params.get('agency') ??
    list.find((agency) => agency.id === session?.user.agencyId)?.id ??
    list[0]?.id ??
    null;
  const pick = (next: string | null) => {
    setEditing(null);
    setParams(next ? { agency: next } : {}, { replace: true });
  };
  const users = useInfiniteQuery({
    queryKey: [USERS_KEY, agencyId],
    enabled: agencyId !== null,
    queryFn: ({ pageParam }) =>
      execute(Users, { agencyId: agencyId ?? '', first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.users.pageInfo.hasNextPage ? (last.users.pageInfo.endCursor ?? null) : null,
  });
  const disable = useMutation({
    mutationFn: (row: Row) => execute(DisableUser, { input: { userId: row.id } }),
    onSuccess: async (_, row) => {
      await queryClient.invalidateQueries({ queryKey: [USERS_KEY] });
      setNotice(a.disabled(row.email));
    },
  });
  const rows: Row[] = users.data?.pages.flatMap((page) => page.users.nodes) ?? [];
  return (
    <>
      <Typography.Title level={2}>{a.usersTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {admin ? a.usersIntro : a.usersIntroSupervisor}
      </Typography.Paragraph>
      <ApiErrorAlert error={agencies.error} />
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={a.agency} htmlFor="users-agency">
          <AgencySelect
            id="users-agency"
            agencies={list}
            value={agencyId}
            onChange={pick}
            style={{ minWidth: 320 }}
          />
        </Form.Item>
      </Form>
      {notice && <Alert type="success" showIcon title={notice} style={{ marginBottom: 16 }} />}
      <ApiErrorAlert error={disable.error} />
      {admin && editing && (
        <RolesCard
          user={editing}
          agencies={list}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setNotice(a.rolesSaved(editing.email));
            setEditing(null);
          }}
        />
      )}
      <ApiErrorAlert error={users.error} />
      <Table<Row>
        rowKey="id"
        dataSource={rows}
        loading={users.isLoading}
        pagination={false}
        locale={{ emptyText: a.noUsers }}
        scroll={{ x: true }}
        columns={[
          { title: a.email, dataIndex: 'email' },
          { title: a.displayName, dataIndex: 'displayName' },
          {
            title: a.rolesLabel,
            render: (_: unknown, row) => (
              <Space size={[0, 4]} wrap>
                {row.roles.map((role) => (
                  <Tag key={role}>{a.roles[role]}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: a.state,
            render: (_: unknown, row) =>
              row.disabledAt ? (
                <Tag color="default">{a.disabledAt(formatDateTime(row.disabledAt))}</Tag>
              ) : (
                <Tag color="green">{a.active}</Tag>
              ),
          },
          ...(admin
            ? [
                {
                  title: '',
                  render: (_: unknown, row: Row) => (
                    <Space wrap>
                      <Button
                        size="small"
                        aria-label={a.changeRolesOf(row.email)}
                        onClick={() => {
                          setNotice(null);
                          setEditing(row);
                        }}
                      >
                        {a.changeRoles}
                      </Button>
                      {/* Disabling oneself is refused by the api; the button is not offered. */}
                      {!row.disabledAt && row.id !== session?.user.id && (
                        <Popconfirm
                          title={a.disableConfirm(row.email)}
                          onConfirm={() => disable.mutate(row)}
                          okText={a.disable}
                          okButtonProps={{ danger: true }}
                          cancelText={m.common.cancel}
                        >
                          <Button
                            size="small"
                            danger
                            aria-label={a.disableOf(row.email)}
                            loading={disable.isPending && disable.variables.id === row.id}
                          >
                            {a.disable}
                          </Button>
                        </Popconfirm>
                      )}
                      <Link
                        to={`/staff/audit-trail?target=${encodeURIComponent(row.id)}`}
                        aria-label={a.auditOf(row.email)}
                      >
                        {a.audit}
                      </Link>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <LoadMore list={users} />
      {admin && list.length > 0 && (
        <div style={{ marginTop: 24 }}>
          <CreateUserCard
            agencies={list}
            agencyId={agencyId}
            onCreated={(user) => {
              setNotice(a.userCreated(user.email));
              // Show the new account where it belongs.
              if (user.agencyId && user.agencyId !== agencyId) pick(user.agencyId);
            }}
          />
        </div>
      )}
    </>
  );
}
