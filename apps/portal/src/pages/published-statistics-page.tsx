import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { AgencyPicker } from '../components/agency-picker.js';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { formatDateTime } from '../format/date.js';
import { execute } from '../graphql/client.js';
import { graphql } from '../graphql/generated/index.js';
import { useMessages } from '../i18n/index.js';

const PublishedStatistics = graphql(`
  query PublishedStatistics($agencyCode: String!, $year: Int!) {
    publishedStatistics(agencyCode: $agencyCode, year: $year) {
      id
      agency {
        name
      }
      year
      quarter
      version
      publishedAt
      reason
      xlsxUrl
      csvUrl
    }
  }
`);

interface Key {
  agencyCode: string;
  year: number;
}

/** Public: an agency's published quarterly statistics, every version, with their downloads. */
export function PublishedStatisticsPage() {
  const m = useMessages();
  const p = m.published;
  const [params] = useSearchParams();
  const initial: Key = {
    agencyCode: params.get('agency') ?? '',
    year: Number(params.get('year')) || new Date().getFullYear(),
  };
  const [key, setKey] = useState<Key | null>(initial.agencyCode ? initial : null);
  const published = useQuery({
    queryKey: ['publishedStatistics', key],
    queryFn: () => execute(PublishedStatistics, key as Key),
    enabled: key !== null,
  });
  const snapshots = published.data?.publishedStatistics ?? [];
  return (
    <>
      <Typography.Title level={2}>{p.title}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form<Key>
          layout="inline"
          initialValues={initial}
          onFinish={(values) => setKey({ agencyCode: values.agencyCode.trim(), year: values.year })}
        >
          <Form.Item
            name="agencyCode"
            label={m.apply.fields.agencyCode}
            rules={[{ required: true, whitespace: true, message: m.validation.required }]}
          >
            <AgencyPicker style={{ width: 320 }} />
          </Form.Item>
          <Form.Item
            name="year"
            label={p.year}
            rules={[{ required: true, message: m.validation.required }]}
          >
            <InputNumber min={2019} max={2099} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={published.isFetching}>
            {m.common.query}
          </Button>
        </Form>
      </Card>
      <ApiErrorAlert error={published.error} />
      {published.isSuccess && (
        <List
          bordered
          dataSource={snapshots}
          locale={{ emptyText: p.none }}
          renderItem={(s) => (
            <List.Item
              actions={[
                <a key="xlsx" href={s.xlsxUrl} download>
                  {p.xlsx}
                </a>,
                <a key="csv" href={s.csvUrl} download>
                  {p.csv}
                </a>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {p.quarterTitle(s.agency.name, s.year, s.quarter)}
                    <Tag>{p.version(s.version)}</Tag>
                  </Space>
                }
                description={[
                  p.publishedAt(formatDateTime(s.publishedAt)),
                  s.reason ? p.reason(s.reason) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}
