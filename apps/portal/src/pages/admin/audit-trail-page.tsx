import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { LoadMore } from '../../components/load-more.js';
import { formatDateTime } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { AuditEntriesQuery, Role } from '../../graphql/generated/graphql.js';
import { type Messages, useMessages } from '../../i18n/index.js';
import { AgencySelect, type OverseenAgency, useAgencies } from './agencies.js';

const AuditEntries = graphql(`
  query AuditEntries($first: Int!, $after: String, $actorId: ID, $targetUserId: ID, $agencyId: ID) {
    auditEntries(
      first: $first
      after: $after
      actorId: $actorId
      targetUserId: $targetUserId
      agencyId: $agencyId
    ) {
      nodes {
        id
        occurredAt
        action
        actorId
        actorEmail
        targetUserId
        targetEmail
        agencyId
        agencyCode
        changes {
          field
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const UserByEmail = graphql(`
  query UserByEmail($email: String!) {
    userByEmail(email: $email) {
      id
      email
    }
  }
`);

type Entry = AuditEntriesQuery['auditEntries']['nodes'][number];

const PAGE_SIZE = 30;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** The filters the api offers, kept in the address: `?actor=`, `?target=`, `?agency=` (ids). */
const FILTERS = { actor: 'actorId', target: 'targetUserId', agency: 'agencyId' } as const;
type FilterParam = keyof typeof FILTERS;

/** A changed value in words: role lists by their names, agency ids by the agency's name. */
function valueText(
  m: Messages,
  field: string,
  value: string | null | undefined,
  agencies: Map<string, OverseenAgency>,
): string {
  const a = m.admin;
  if (value === null || value === undefined || value === '') return a.empty;
  if (field === 'roles') {
    return value
      .split(',')
      .map((role) => a.roles[role as Role] ?? role)
      .join('、');
  }
  if (field === 'agencyId' || field === 'parentId') {
    const agency = agencies.get(value);
    return agency ? a.agencyOption(agency.name, agency.code) : value;
  }
  return value;
}

/** 审计日志: who changed agencies, accounts, passwords and the calendar, newest first. */
export function AuditTrailPage() {
  const m = useMessages();
  const a = m.admin;
  const agencies = useAgencies();
  const byId = new Map((agencies.data ?? []).map((agency) => [agency.id, agency]));
  const [params, setParams] = useSearchParams();
  const filter = {
    actorId: params.get('actor'),
    targetUserId: params.get('target'),
    agencyId: params.get('agency'),
  };
  const setFilter = (name: FilterParam, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const entries = useInfiniteQuery({
    queryKey: ['auditEntries', filter],
    queryFn: ({ pageParam }) =>
      execute(AuditEntries, { first: PAGE_SIZE, after: pageParam, ...filter }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.auditEntries.pageInfo.hasNextPage
        ? (last.auditEntries.pageInfo.endCursor ?? null)
        : null,
  });
  const rows: Entry[] = entries.data?.pages.flatMap((page) => page.auditEntries.nodes) ?? [];
  // An address typed in: the account behind it becomes the actor or the target filter.
  const [emailAs, setEmailAs] = useState<'actor' | 'target'>('actor');
  const lookup = useMutation({
    mutationFn: (email: string) => execute(UserByEmail, { email }),
    onSuccess: ({ userByEmail: user }) => {
      if (user) setFilter(emailAs, user.id);
    },
  });
  const looked = lookup.data?.userByEmail;
  // An account filter is shown by its e-mail: the one looked up, or as a row names it.
  const emailOf = (id: string) =>
    (looked?.id === id ? looked.email : undefined) ??
    rows.find((e) => e.actorId === id)?.actorEmail ??
    rows.find((e) => e.targetUserId === id)?.targetEmail ??
    id;
  const account = (
    id: string | null | undefined,
    email: string | null | undefined,
    as: FilterParam,
  ) =>
    id ? (
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        aria-label={as === 'actor' ? a.onlyActor(email ?? id) : a.onlyTarget(email ?? id)}
        onClick={() => setFilter(as, id)}
      >
        {email ?? a.unknownAccount}
      </Button>
    ) : (
      a.empty
    );
  const active = (Object.keys(FILTERS) as FilterParam[]).filter((name) => params.get(name));
  return (
    <>
      <Typography.Title level={2}>{a.auditTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{a.auditIntro}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={a.agency} htmlFor="audit-agency">
          <AgencySelect
            id="audit-agency"
            agencies={agencies.data ?? []}
            value={filter.agencyId}
            onChange={(id) => setFilter('agency', id)}
            allowClear
            placeholder={a.allAgencies}
            style={{ minWidth: 320 }}
          />
        </Form.Item>
        <Form.Item label={a.accountByEmail} htmlFor="audit-email">
          <Space.Compact>
            <Select
              aria-label={a.accountAs}
              value={emailAs}
              onChange={setEmailAs}
              options={[
                { value: 'actor', label: a.actor },
                { value: 'target', label: a.target },
              ]}
              style={{ width: 150 }}
            />
            <Input.Search
              id="audit-email"
              allowClear
              placeholder={a.emailPlaceholder}
              enterButton={a.find}
              loading={lookup.isPending}
              onSearch={(value) => {
                if (value.trim()) lookup.mutate(value.trim());
                else lookup.reset();
              }}
              style={{ width: 300 }}
            />
          </Space.Compact>
        </Form.Item>
      </Form>
      {lookup.isSuccess && !looked && (
        <Typography.Paragraph type="danger" role="status">
          {a.noAccountWithEmail(lookup.variables)}
        </Typography.Paragraph>
      )}
      {active.length > 0 && (
        <Space wrap style={{ marginBottom: 16 }} data-testid="audit-filters">
          {filter.actorId && (
            <Tag closable onClose={() => setFilter('actor', null)}>
              {a.filterActor(emailOf(filter.actorId))}
            </Tag>
          )}
          {filter.targetUserId && (
            <Tag closable onClose={() => setFilter('target', null)}>
              {a.filterTarget(emailOf(filter.targetUserId))}
            </Tag>
          )}
          {filter.agencyId && (
            <Tag closable onClose={() => setFilter('agency', null)}>
              {a.filterAgency(valueText(m, 'agencyId', filter.agencyId, byId))}
            </Tag>
          )}
          <Button size="small" onClick={() => setParams({})}>
            {a.clearFilters}
          </Button>
        </Space>
      )}
      <ApiErrorAlert error={lookup.error ?? entries.error ?? agencies.error} />
      <Table<Entry>
        rowKey="id"
        dataSource={rows}
        loading={entries.isLoading}
        pagination={false}
        locale={{ emptyText: a.noEntries }}
        scroll={{ x: true }}
        columns={[
          {
            title: a.occurredAt,
            render: (_: unknown, e) => <span style={NOWRAP}>{formatDateTime(e.occurredAt)}</span>,
          },
          {
            title: a.action,
            render: (_: unknown, e) => <span style={NOWRAP}>{a.actions[e.action]}</span>,
          },
          { title: a.actor, render: (_: unknown, e) => account(e.actorId, e.actorEmail, 'actor') },
          {
            title: a.target,
            render: (_: unknown, e) => account(e.targetUserId, e.targetEmail, 'target'),
          },
          {
            title: a.agency,
            render: (_: unknown, e) =>
              e.agencyId ? (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  aria-label={a.onlyAgency(e.agencyCode ?? e.agencyId)}
                  onClick={() => setFilter('agency', e.agencyId ?? null)}
                >
                  {e.agencyCode ?? e.agencyId}
                </Button>
              ) : (
                a.empty
              ),
          },
          {
            title: a.changes,
            render: (_: unknown, e) => (
              <Space orientation="vertical" size={0}>
                {e.changes.map((c) => (
                  <Typography.Text key={c.field}>
                    {c.before === null || c.before === undefined
                      ? a.changeSet(
                          a.fields[c.field] ?? c.field,
                          valueText(m, c.field, c.after, byId),
                        )
                      : a.change(
                          a.fields[c.field] ?? c.field,
                          valueText(m, c.field, c.before, byId),
                          valueText(m, c.field, c.after, byId),
                        )}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <LoadMore list={entries} />
    </>
  );
}
