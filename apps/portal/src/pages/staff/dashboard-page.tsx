import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { formatLocalDate } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { WorkloadQuery } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import { DashboardChartsSection } from './dashboard-charts.js';

const Workload = graphql(`
  query Workload {
    workload {
      asOf
      weekEndsOn
      agency {
        name
      }
      open
      overdue
      dueThisWeek
      unassigned
      awaitingConfirmation
      awaitingExtensionDecision
      officers {
        officer {
          id
          displayName
        }
        open
        overdue
        dueThisWeek
      }
    }
  }
`);

type OfficerRow = WorkloadQuery['workload']['officers'][number];

/** The supervisor's view of the agency (and below): what is late, due, waiting, and who has it. */
export function DashboardPage() {
  const m = useMessages();
  const d = m.dashboard;
  const workload = useQuery({ queryKey: ['workload'], queryFn: () => execute(Workload) });
  const w = workload.data?.workload;
  const { session, hasRole } = useSession();
  // Administrators see the counts; the charts read an agency's statistics (officers, supervisors).
  const agencyId = hasRole('SUPERVISOR') ? session?.user.agencyId : null;
  return (
    <>
      <Typography.Title level={2}>{d.title}</Typography.Title>
      <ApiErrorAlert error={workload.error} />
      {w && (
        <>
          <Typography.Paragraph type="secondary">
            {d.asOf(w.agency?.name ?? '', formatLocalDate(w.asOf), formatLocalDate(w.weekEndsOn))}
          </Typography.Paragraph>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {(
              [
                // Each count opens the worklist filtered to exactly what it counts.
                [d.overdue, w.overdue, '#cf1322', '/staff?overdue=1'],
                [d.dueThisWeek, w.dueThisWeek, '#d46b08', '/staff?due=5'],
                [d.unassigned, w.unassigned, undefined, '/staff?unassigned=1'],
                [
                  d.awaitingExtensionDecision,
                  w.awaitingExtensionDecision,
                  undefined,
                  '/staff?extension=1',
                ],
                [
                  d.awaitingConfirmation,
                  w.awaitingConfirmation,
                  undefined,
                  '/staff?status=PENDING_CONFIRMATION',
                ],
                [d.open, w.open, undefined, '/staff'],
              ] as const
            ).map(([title, value, color, to]) => (
              <Col xs={12} md={8} lg={4} key={title}>
                <Link to={to} aria-label={d.openWorklist(title, value)}>
                  <Card hoverable>
                    <Statistic
                      title={title}
                      value={value}
                      styles={{ content: color ? { color } : {} }}
                    />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
          <Card title={d.perOfficer}>
            <Table<OfficerRow>
              rowKey={(row) => row.officer.id}
              dataSource={w.officers}
              pagination={false}
              columns={[
                { title: d.officer, render: (_: unknown, row) => row.officer.displayName },
                { title: d.open, dataIndex: 'open' },
                { title: d.overdue, dataIndex: 'overdue' },
                { title: d.dueThisWeek, dataIndex: 'dueThisWeek' },
              ]}
            />
          </Card>
        </>
      )}
      {agencyId && <DashboardChartsSection agencyId={agencyId} />}
    </>
  );
}
