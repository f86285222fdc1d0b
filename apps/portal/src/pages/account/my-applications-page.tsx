import { useInfiniteQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { LoadMore } from '../../components/load-more.js';
import { DueDate } from '../../components/due-date.js';
import { StatusTag } from '../../components/status-tag.js';
import { formatLocalDate } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { MyApplicationsQuery } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';

const MyApplications = graphql(`
  query MyApplications($first: Int!, $after: String) {
    myApplications(first: $first, after: $after) {
      nodes {
        trackingNumber
        agencyName
        description
        status
        submittedOn
        receivedOn
        replyDueOn
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Row = MyApplicationsQuery['myApplications']['nodes'][number];

const PAGE_SIZE = 20;

/** The signed-in applicant's applications (filed online while signed in), newest first. */
export function MyApplicationsPage() {
  const m = useMessages();
  const a = m.account;
  const { session } = useSession();
  const list = useInfiniteQuery({
    queryKey: ['myApplications', session?.user.id],
    queryFn: ({ pageParam }) => execute(MyApplications, { first: PAGE_SIZE, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.myApplications.pageInfo.hasNextPage
        ? (last.myApplications.pageInfo.endCursor ?? null)
        : null,
  });
  const rows: Row[] = list.data?.pages.flatMap((p) => p.myApplications.nodes) ?? [];
  return (
    <>
      <Typography.Title level={2}>{a.myApplications}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {a.myApplicationsIntro} <Link to="/apply">{m.nav.apply}</Link>
      </Typography.Paragraph>
      <ApiErrorAlert error={list.error} />
      <Table<Row>
        rowKey="trackingNumber"
        dataSource={rows}
        loading={list.isLoading}
        pagination={false}
        locale={{ emptyText: a.none }}
        scroll={{ x: true }}
        columns={[
          {
            title: m.track.trackingNumber,
            // Its progress, notices and what can be done, without the query code.
            render: (_: unknown, row) => (
              <Link to={`/account/applications/${encodeURIComponent(row.trackingNumber)}`}>
                {row.trackingNumber}
              </Link>
            ),
          },
          { title: a.agency, dataIndex: 'agencyName' },
          {
            title: m.staff.request,
            render: (_: unknown, row) => (
              <Typography.Text ellipsis style={{ maxWidth: 240 }}>
                {row.description}
              </Typography.Text>
            ),
          },
          { title: m.staff.status, render: (_: unknown, row) => <StatusTag status={row.status} /> },
          { title: a.submittedOn, render: (_: unknown, row) => formatLocalDate(row.submittedOn) },
          {
            title: m.track.replyDueOn,
            render: (_: unknown, row) => <DueDate dueOn={row.replyDueOn} status={row.status} />,
          },
        ]}
      />
      <LoadMore list={list} />
    </>
  );
}
