import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Space, Switch, Table, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { DueDate } from '../../components/due-date.js';
import { StatusTag } from '../../components/status-tag.js';
import { formatLocalDate } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type {
  ApplicationFilter,
  ApplicationOrder,
  ApplicationStatus,
  WorklistQuery,
} from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';

const Worklist = graphql(`
  query Worklist(
    $filter: ApplicationFilter
    $orderBy: ApplicationOrder
    $first: Int
    $after: String
  ) {
    applications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          trackingNumber
          status
          channel
          arrivedOn
          receivedOn
          replyDueOn
          applicant {
            kind
            name
            organisationName
          }
          assignee {
            id
            displayName
          }
          request {
            description
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Row = WorklistQuery['applications']['edges'][number]['node'];

interface Filters {
  search?: string;
  statuses?: ApplicationStatus[];
  overdue?: boolean;
  unassigned?: boolean;
  extensionRequested?: boolean;
  dueWithinWorkingDays?: number;
  orderBy: ApplicationOrder;
}

const PAGE_SIZE = 20;

/**
 * Filters from the address (the dashboard's counts link here): `overdue=1`, `unassigned=1`,
 * `extension=1`, `due=N` (working days), `status=S` (repeatable).
 */
function filtersFromAddress(params: URLSearchParams): Filters {
  const due = Number(params.get('due'));
  const statuses = params.getAll('status') as ApplicationStatus[];
  return {
    orderBy: 'REPLY_DUE_ON_ASC',
    ...(params.get('overdue') === '1' ? { overdue: true } : {}),
    ...(params.get('unassigned') === '1' ? { unassigned: true } : {}),
    ...(params.get('extension') === '1' ? { extensionRequested: true } : {}),
    ...(Number.isInteger(due) && due > 0 ? { dueWithinWorkingDays: due } : {}),
    ...(statuses.length ? { statuses } : {}),
  };
}

/** The officer's worklist: filters, due dates first, overdue and due soon marked, endless scroll. */
export function WorklistPage() {
  const m = useMessages();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => filtersFromAddress(params));
  const filter: ApplicationFilter = {
    ...(filters.search?.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.statuses?.length ? { statuses: filters.statuses } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.unassigned ? { unassigned: true } : {}),
    ...(filters.extensionRequested ? { extensionRequested: true } : {}),
    ...(filters.dueWithinWorkingDays ? { dueWithinWorkingDays: filters.dueWithinWorkingDays } : {}),
  };
  const worklist = useInfiniteQuery({
    queryKey: ['worklist', filter, filters.orderBy],
    queryFn: ({ pageParam }) =>
      execute(Worklist, { filter, orderBy: filters.orderBy, first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.applications.pageInfo.hasNextPage
        ? (last.applications.pageInfo.endCursor ?? null)
        : null,
  });
  const rows: Row[] =
    worklist.data?.pages.flatMap((p) => p.applications.edges.map((e) => e.node)) ?? [];

  // Endless scroll: the next page loads when the end of the list comes into view.
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = worklist;
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const statusOptions = (Object.keys(m.statusShort) as ApplicationStatus[]).map((value) => ({
    value,
    label: m.statusShort[value],
  }));

  return (
    <>
      <Typography.Title level={2}>{m.staff.worklistTitle}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form<Filters>
          layout="inline"
          initialValues={filters}
          onValuesChange={(_changed, all) => setFilters({ ...all })}
        >
          <Form.Item name="search" label={m.staff.search}>
            <Input.Search
              allowClear
              placeholder={m.staff.searchPlaceholder}
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item name="statuses" label={m.staff.status}>
            <Select mode="multiple" allowClear options={statusOptions} style={{ minWidth: 200 }} />
          </Form.Item>
          <Form.Item name="dueWithinWorkingDays" label={m.staff.dueWithin}>
            <Select
              allowClear
              style={{ width: 140 }}
              options={[3, 5, 10].map((n) => ({ value: n, label: m.staff.workingDays(n) }))}
            />
          </Form.Item>
          <Form.Item name="overdue" label={m.staff.overdue} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="unassigned" label={m.staff.unassigned} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name="extensionRequested"
            label={m.staff.extensionRequested}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
          <Form.Item name="orderBy" label={m.staff.orderBy}>
            <Select
              style={{ width: 160 }}
              options={[
                { value: 'REPLY_DUE_ON_ASC', label: m.staff.orderDue },
                { value: 'RECEIVED_ON_DESC', label: m.staff.orderReceived },
              ]}
            />
          </Form.Item>
        </Form>
      </Card>
      <ApiErrorAlert error={worklist.error} />
      <Table<Row>
        rowKey="id"
        dataSource={rows}
        loading={worklist.isLoading}
        pagination={false}
        locale={{ emptyText: m.staff.emptyWorklist }}
        columns={[
          {
            title: m.track.trackingNumber,
            dataIndex: 'trackingNumber',
            render: (value: string, row) => (
              <Link to={`/staff/applications/${row.id}`}>{value}</Link>
            ),
          },
          {
            title: m.staff.applicant,
            render: (_: unknown, row) => row.applicant.name ?? row.applicant.organisationName,
          },
          {
            title: m.staff.request,
            render: (_: unknown, row) => (
              <Typography.Text ellipsis style={{ maxWidth: 260 }}>
                {row.request.description}
              </Typography.Text>
            ),
          },
          { title: m.staff.status, render: (_: unknown, row) => <StatusTag status={row.status} /> },
          {
            title: m.track.receivedOn,
            render: (_: unknown, row) =>
              row.receivedOn ? formatLocalDate(row.receivedOn) : m.common.notYet,
          },
          {
            title: m.track.replyDueOn,
            render: (_: unknown, row) => <DueDate dueOn={row.replyDueOn} status={row.status} />,
          },
          {
            title: m.staff.assignee,
            render: (_: unknown, row) => row.assignee?.displayName ?? m.staff.unassigned,
          },
        ]}
      />
      <div ref={sentinel} />
      {hasNextPage && (
        <Space style={{ marginTop: 16 }}>
          <Button onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
            {m.staff.loadMore}
          </Button>
        </Space>
      )}
    </>
  );
}
