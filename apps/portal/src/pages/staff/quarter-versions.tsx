import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Form, Input, Space, Tag, Typography } from 'antd';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { TableThree } from '../../components/table-three.js';
import { formatDateTime } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { useMessages } from '../../i18n/index.js';

const QuarterVersionsQuery = graphql(`
  query QuarterVersions($agencyCode: String!, $year: Int!) {
    publishedStatistics(agencyCode: $agencyCode, year: $year) {
      id
      quarter
      version
      publishedAt
      reason
      xlsxUrl
      csvUrl
      statistics {
        pendingAtEnd
        current {
          ...TableThreeFields
        }
      }
    }
  }
`);

const PublishCorrection = graphql(`
  mutation PublishCorrection($input: PublishCorrectionInput!) {
    publishCorrection(input: $input) {
      created
      snapshot {
        version
      }
    }
  }
`);

/** As the api checks it (STATISTICS.REASON_TOO_LONG). */
const REASON_MAX = 1000;

/**
 * The published versions of a quarter, each readable (its table 三 and downloads), and for the
 * supervisor a correction: the live figures published again as the next version, with a reason.
 */
export function QuarterVersions({
  agencyId,
  agencyCode,
  year,
  quarter,
  mayCorrect,
}: {
  agencyId: string;
  agencyCode: string;
  year: number;
  quarter: number;
  mayCorrect: boolean;
}) {
  const m = useMessages();
  const s = m.statistics;
  const p = m.published;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const versions = useQuery({
    queryKey: ['publishedStatistics', { agencyCode, year }, 'versions'],
    queryFn: () => execute(QuarterVersionsQuery, { agencyCode, year }),
  });
  const correct = useMutation({
    mutationFn: (reason: string) =>
      execute(PublishCorrection, { input: { agencyId, year, quarter, reason } }),
    onSuccess: () => {
      form.resetFields();
      return queryClient.invalidateQueries({ queryKey: ['publishedStatistics'] });
    },
  });
  const ofQuarter = (versions.data?.publishedStatistics ?? [])
    .filter((v) => v.quarter === quarter)
    .sort((a, b) => b.version - a.version);
  if (versions.isLoading) return null;
  return (
    <Card title={s.versionsTitle} style={{ marginTop: 16 }}>
      <ApiErrorAlert error={versions.error ?? correct.error} />
      {correct.data && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={p.version(correct.data.publishCorrection.snapshot.version)}
        />
      )}
      {ofQuarter.length === 0 ? (
        <Typography.Paragraph type="secondary">{s.notPublished}</Typography.Paragraph>
      ) : (
        <Collapse
          items={ofQuarter.map((v) => ({
            key: v.id,
            label: (
              <Space wrap>
                <Tag color={v.version === ofQuarter[0]?.version ? 'green' : 'default'}>
                  {p.version(v.version)}
                </Tag>
                {p.publishedAt(formatDateTime(v.publishedAt))}
                {v.reason && <span>{p.reason(v.reason)}</span>}
              </Space>
            ),
            children: (
              <>
                <Space style={{ marginBottom: 8 }}>
                  <a href={v.xlsxUrl} download>
                    {p.xlsx}
                  </a>
                  <a href={v.csvUrl} download>
                    {p.csv}
                  </a>
                </Space>
                <TableThree table={v.statistics.current} />
              </>
            ),
          }))}
        />
      )}
      {mayCorrect && ofQuarter.length > 0 && (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          onFinish={({ reason }) => correct.mutate(reason.trim())}
        >
          <Typography.Paragraph type="secondary">{s.correctionHelp}</Typography.Paragraph>
          <Form.Item
            name="reason"
            label={s.correctionReason}
            rules={[
              { required: true, whitespace: true, message: m.validation.required },
              { max: REASON_MAX, message: s.reasonTooLong(REASON_MAX) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={REASON_MAX} showCount />
          </Form.Item>
          <Button htmlType="submit" loading={correct.isPending}>
            {s.publishCorrection}
          </Button>
        </Form>
      )}
    </Card>
  );
}
