import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  InputNumber,
  Popconfirm,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { TableThree } from '../../components/table-three.js';
import { formatLocalDate } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { useMessages } from '../../i18n/index.js';
import { QuarterVersions } from './quarter-versions.js';

const QuarterlyStatisticsQuery = graphql(`
  query QuarterlyStatistics(
    $agencyId: ID!
    $year: Int!
    $quarter: Int!
    $includeSubtree: Boolean!
  ) {
    quarterlyStatistics(
      agencyId: $agencyId
      year: $year
      quarter: $quarter
      includeSubtree: $includeSubtree
    ) {
      agency {
        code
        name
      }
      period {
        from
        to
      }
      pendingAtEnd
      supplementRequests
      consultations
      extensions
      feeNotices
      replies {
        onTime
        late
        averageWorkingDays
      }
      channels {
        channel
        label
        received
        percentage
      }
      current {
        ...TableThreeFields
      }
    }
  }
`);

const PublishQuarter = graphql(`
  mutation PublishQuarterlyStatistics($input: PublishQuarterlyStatisticsInput!) {
    publishQuarterlyStatistics(input: $input) {
      created
      snapshot {
        version
      }
    }
  }
`);

interface Period {
  year: number;
  quarter: number;
  includeSubtree: boolean;
}

const lastFinishedQuarter = (): Omit<Period, 'includeSubtree'> => {
  const now = new Date();
  const quarter = Math.floor(now.getMonth() / 3);
  return quarter === 0
    ? { year: now.getFullYear() - 1, quarter: 4 }
    : { year: now.getFullYear(), quarter };
};

/** A quarter's figures and table 三 for the own agency; the supervisor publishes them. */
export function StatisticsPage() {
  const m = useMessages();
  const s = m.statistics;
  const { session, hasRole } = useSession();
  const agencyId = session?.user.agencyId ?? '';
  const [period, setPeriod] = useState<Period>({ ...lastFinishedQuarter(), includeSubtree: false });
  const queryClient = useQueryClient();
  const stats = useQuery({
    queryKey: ['quarterlyStatistics', agencyId, period],
    queryFn: () => execute(QuarterlyStatisticsQuery, { agencyId, ...period }),
    enabled: agencyId !== '',
  });
  const publish = useMutation({
    mutationFn: () =>
      execute(PublishQuarter, { input: { agencyId, year: period.year, quarter: period.quarter } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['publishedStatistics'] }),
  });
  const q = stats.data?.quarterlyStatistics;
  return (
    <>
      <Typography.Title level={2}>{s.title}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form<Period>
          layout="inline"
          initialValues={period}
          onValuesChange={(_c, all) => setPeriod({ ...all })}
        >
          <Form.Item name="year" label={m.published.year}>
            <InputNumber min={2019} max={2099} />
          </Form.Item>
          <Form.Item name="quarter" label={s.quarter}>
            <Select
              style={{ width: 120 }}
              options={[1, 2, 3, 4].map((n) => ({ value: n, label: s.quarterName(n) }))}
            />
          </Form.Item>
          <Form.Item name="includeSubtree" label={s.includeSubtree} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Card>
      <ApiErrorAlert error={stats.error ?? publish.error} />
      {publish.data && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            publish.data.publishQuarterlyStatistics.created
              ? s.published(publish.data.publishQuarterlyStatistics.snapshot.version)
              : s.alreadyPublished
          }
        />
      )}
      {q && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={s.period}>
                {`${formatLocalDate(q.period.from)} – ${formatLocalDate(q.period.to)}`}
              </Descriptions.Item>
              <Descriptions.Item label={s.pendingAtEnd}>{q.pendingAtEnd}</Descriptions.Item>
              <Descriptions.Item
                label={s.onTime}
              >{`${q.replies.onTime} / ${q.replies.onTime + q.replies.late}`}</Descriptions.Item>
              <Descriptions.Item label={s.averageDays}>
                {q.replies.averageWorkingDays ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={s.supplements}>{q.supplementRequests}</Descriptions.Item>
              <Descriptions.Item label={s.extensions}>{q.extensions}</Descriptions.Item>
              <Descriptions.Item label={s.channels} span={3}>
                {q.channels.map((c) => `${c.label} ${c.received}（${c.percentage}%）`).join('，')}
              </Descriptions.Item>
            </Descriptions>
            {hasRole('SUPERVISOR') && !period.includeSubtree && (
              <Popconfirm
                title={s.publishConfirm}
                onConfirm={() => publish.mutate()}
                okText={s.publish}
                cancelText={m.common.cancel}
              >
                <Button type="primary" loading={publish.isPending}>
                  {s.publish}
                </Button>
              </Popconfirm>
            )}
          </Card>
          <Card>
            <TableThree table={q.current} />
          </Card>
          {!period.includeSubtree && (
            <QuarterVersions
              agencyId={agencyId}
              agencyCode={q.agency.code}
              year={period.year}
              quarter={period.quarter}
              mayCorrect={hasRole('SUPERVISOR')}
            />
          )}
        </>
      )}
    </>
  );
}
