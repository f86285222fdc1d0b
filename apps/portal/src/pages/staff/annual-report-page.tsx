import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  InputNumber,
  Popconfirm,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { OfficialTableFour, OfficialTableThree } from '../../components/report-tables.js';
import { formatDateTime, todayInShanghai } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { AnnualReportState } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';

export const AnnualReportFields = graphql(`
  fragment AnnualReportFields on AnnualReport {
    agency {
      code
      name
    }
    year
    includeSubtree
    state
    preparedAt
    finalizedAt
    feesCollectedFen
    xlsxUrl
    csvUrl
    tableThree {
      ...TableThreeFields
    }
    tableFour {
      ...OfficialTableFourFields
    }
  }
`);

const AnnualReportQuery = graphql(`
  query AnnualReport($agencyId: ID!, $year: Int!, $includeSubtree: Boolean!) {
    annualReport(agencyId: $agencyId, year: $year, includeSubtree: $includeSubtree) {
      ...AnnualReportFields
    }
  }
`);

const PrepareAnnualReport = graphql(`
  mutation PrepareAnnualReport($input: AnnualReportInput!) {
    prepareAnnualReport(input: $input) {
      report {
        ...AnnualReportFields
      }
    }
  }
`);

const FinalizeAnnualReport = graphql(`
  mutation FinalizeAnnualReport($input: AnnualReportInput!) {
    finalizeAnnualReport(input: $input) {
      report {
        ...AnnualReportFields
      }
    }
  }
`);

interface Selection {
  year: number;
  includeSubtree: boolean;
}

const STATE_COLORS: Record<AnnualReportState, string> = {
  LIVE: 'blue',
  DRAFT: 'orange',
  FINAL: 'green',
};

/** 分 → `1234.50` 元. */
const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The annual-report tables of the own agency; the supervisor stores a draft and marks it final. */
export function AnnualReportPage() {
  const m = useMessages();
  const r = m.annualReport;
  const { session, hasRole } = useSession();
  const agencyId = session?.user.agencyId ?? '';
  const supervisor = hasRole('SUPERVISOR');
  const [selection, setSelection] = useState<Selection>({
    year: Number(todayInShanghai().slice(0, 4)) - 1,
    includeSubtree: false,
  });
  const queryClient = useQueryClient();
  const queryKey = ['annualReport', agencyId, selection];
  const report = useQuery({
    queryKey,
    queryFn: () => execute(AnnualReportQuery, { agencyId, ...selection }),
    enabled: agencyId !== '',
  });
  const input = { agencyId, ...selection };
  const prepare = useMutation({
    mutationFn: () => execute(PrepareAnnualReport, { input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
  const finalize = useMutation({
    mutationFn: () => execute(FinalizeAnnualReport, { input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
  const a = report.data?.annualReport;
  return (
    <>
      <Typography.Title level={2}>{r.title}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form<Selection>
          layout="inline"
          initialValues={selection}
          onValuesChange={(_c, all) => setSelection({ ...all })}
        >
          <Form.Item name="year" label={m.published.year}>
            <InputNumber min={2019} max={2099} />
          </Form.Item>
          <Form.Item
            name="includeSubtree"
            label={m.statistics.includeSubtree}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Form>
      </Card>
      <ApiErrorAlert error={report.error ?? prepare.error ?? finalize.error} />
      {finalize.isSuccess && (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title={r.finalized} />
      )}
      {a && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={r.agency}>{a.agency.name}</Descriptions.Item>
              <Descriptions.Item label={r.state}>
                <Tag color={STATE_COLORS[a.state]}>{r.states[a.state]}</Tag>
              </Descriptions.Item>
              {a.preparedAt && (
                <Descriptions.Item label={r.preparedAt}>
                  {formatDateTime(a.preparedAt)}
                </Descriptions.Item>
              )}
              {a.finalizedAt && (
                <Descriptions.Item label={r.finalizedAt}>
                  {formatDateTime(a.finalizedAt)}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={r.fees}>
                {r.yuan(yuan(a.feesCollectedFen))}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary">{r.stateHelp[a.state]}</Typography.Paragraph>
            <Space wrap>
              {a.xlsxUrl && (
                <a href={a.xlsxUrl} download>
                  {m.published.xlsx}
                </a>
              )}
              {a.csvUrl && (
                <a href={a.csvUrl} download>
                  {m.published.csv}
                </a>
              )}
              {supervisor && a.state !== 'FINAL' && (
                <>
                  <Button onClick={() => prepare.mutate()} loading={prepare.isPending}>
                    {a.state === 'DRAFT' ? r.refreshDraft : r.prepare}
                  </Button>
                  <Popconfirm
                    title={r.finalizeConfirm}
                    onConfirm={() => finalize.mutate()}
                    okText={r.finalize}
                    cancelText={m.common.cancel}
                  >
                    <Button type="primary" loading={finalize.isPending}>
                      {r.finalize}
                    </Button>
                  </Popconfirm>
                </>
              )}
            </Space>
          </Card>
          <Card style={{ marginBottom: 16 }}>
            <OfficialTableThree data={a.tableThree} />
          </Card>
          <Card>
            <OfficialTableFour data={a.tableFour} />
          </Card>
        </>
      )}
    </>
  );
}
