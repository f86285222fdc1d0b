import { useQuery } from '@tanstack/react-query';
import { Card, Col, Form, InputNumber, Row, Statistic, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { Chart, type ChartOption } from '../../components/chart.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import type { TableThreeData } from '../../components/table-three.js';
import { todayInShanghai } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { DashboardChartsQuery } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';

const DashboardCharts = graphql(`
  query DashboardCharts($agencyId: ID!, $year: Int!, $quarter: Int!, $includeSubtree: Boolean!) {
    monthlyStatistics(agencyId: $agencyId, year: $year, includeSubtree: $includeSubtree) {
      month
      channels {
        channel
        label
        received
      }
      replies {
        onTime
        late
        averageWorkingDays
      }
    }
    quarterlyStatistics(
      agencyId: $agencyId
      year: $year
      quarter: $quarter
      includeSubtree: $includeSubtree
    ) {
      yearToDate {
        ...TableThreeFields
      }
    }
  }
`);

type Month = DashboardChartsQuery['monthlyStatistics'][number];
type TableRow = TableThreeData['rows'][number];

/** Rows of table 三 that are not outcomes. */
const NOT_OUTCOME_ROWS = new Set(['RECEIVED', 'CARRIED_IN', 'CONCLUDED_TOTAL', 'CARRIED_OUT']);
const TOTAL_COLUMN = 6;

/** Concluded applications of the year by outcome group (（一）予以公开 …), as table 三 counts them. */
export function outcomeGroups(rows: readonly TableRow[]): { name: string; value: number }[] {
  const groups = new Map<string, number>();
  for (const row of rows) {
    if (NOT_OUTCOME_ROWS.has(row.key)) continue;
    const name = row.groupLabel ?? row.label;
    groups.set(name, (groups.get(name) ?? 0) + (row.values[TOTAL_COLUMN] ?? 0));
  }
  return [...groups].map(([name, value]) => ({ name, value }));
}

/** On-time share of the replies served, in percent with one decimal; null without replies. */
export function onTimeRate(onTime: number, late: number): number | null {
  const served = onTime + late;
  return served === 0 ? null : Math.round((onTime * 1000) / served) / 10;
}

/** The supervisor's charts of a year: received by month and channel, outcomes, timeliness. */
export function DashboardChartsSection({ agencyId }: { agencyId: string }) {
  const m = useMessages();
  const d = m.dashboard;
  const today = todayInShanghai();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [includeSubtree, setIncludeSubtree] = useState(true);
  // The year to date: the current quarter this year, the whole year before.
  const quarter = year === thisYear ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 : 4;
  const charts = useQuery({
    queryKey: ['dashboardCharts', agencyId, year, includeSubtree],
    queryFn: () => execute(DashboardCharts, { agencyId, year, quarter, includeSubtree }),
  });
  const months = charts.data?.monthlyStatistics;
  const outcomes = useMemo(
    () => (charts.data ? outcomeGroups(charts.data.quarterlyStatistics.yearToDate.rows) : []),
    [charts.data],
  );
  const options = useMemo(() => (months ? chartOptions(months, d) : null), [months, d]);
  const received = months?.reduce(
    (sum, mo) => sum + mo.channels.reduce((s, c) => s + c.received, 0),
    0,
  );
  const onTime = months?.reduce((sum, mo) => sum + mo.replies.onTime, 0) ?? 0;
  const late = months?.reduce((sum, mo) => sum + mo.replies.late, 0) ?? 0;
  const rate = onTimeRate(onTime, late);
  const outcomeOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { type: 'scroll', bottom: 0 },
      series: [
        {
          type: 'pie',
          name: d.outcomes,
          radius: ['35%', '65%'],
          data: outcomes.filter((o) => o.value > 0),
        },
      ],
    }),
    [outcomes, d],
  );
  return (
    <section aria-label={d.chartsTitle} style={{ marginTop: 16 }}>
      <Card title={d.chartsTitle} style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label={d.year} htmlFor="dashboard-year">
            <InputNumber
              id="dashboard-year"
              min={2019}
              max={2099}
              value={year}
              onChange={(value) => value && setYear(value)}
            />
          </Form.Item>
          <Form.Item label={m.statistics.includeSubtree} htmlFor="dashboard-subtree">
            <Switch id="dashboard-subtree" checked={includeSubtree} onChange={setIncludeSubtree} />
          </Form.Item>
        </Form>
      </Card>
      <ApiErrorAlert error={charts.error} />
      {months && options && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={8}>
              <Card>
                <Statistic title={d.receivedThisYear(year)} value={received} />
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card>
                <Statistic title={d.servedThisYear(year)} value={onTime + late} />
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card>
                <Statistic
                  title={d.onTimeRate}
                  value={rate ?? '—'}
                  suffix={rate === null ? undefined : '%'}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={d.receivedByChannel}>
                <Chart title={d.receivedByChannel} option={options.received} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={d.outcomes}>
                {outcomes.some((o) => o.value > 0) ? (
                  <Chart title={d.outcomes} option={outcomeOption} />
                ) : (
                  d.noOutcomes
                )}
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={d.timeliness}>
                <Chart title={d.timeliness} option={options.timeliness} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </section>
  );
}

function chartOptions(
  months: readonly Month[],
  d: ReturnType<typeof useMessages>['dashboard'],
): { received: ChartOption; timeliness: ChartOption } {
  const labels = months.map((mo) => d.monthName(mo.month));
  const channels = months[0]?.channels ?? [];
  return {
    received: {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: channels.map((channel, index) => ({
        type: 'bar',
        stack: 'received',
        name: channel.label,
        data: months.map((mo) => mo.channels[index]?.received ?? 0),
      })),
    },
    timeliness: {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 48, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: labels },
      yAxis: [
        { type: 'value', name: '%', min: 0, max: 100 },
        { type: 'value', name: d.workingDays, minInterval: 1 },
      ],
      series: [
        {
          type: 'line',
          name: d.onTimeRate,
          connectNulls: true,
          data: months.map((mo) => onTimeRate(mo.replies.onTime, mo.replies.late)),
        },
        {
          type: 'bar',
          name: d.averageWorkingDays,
          yAxisIndex: 1,
          data: months.map((mo) =>
            mo.replies.averageWorkingDays === null || mo.replies.averageWorkingDays === undefined
              ? null
              : Number(mo.replies.averageWorkingDays),
          ),
        },
      ],
    },
  };
}
