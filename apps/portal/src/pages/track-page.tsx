import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { EventTimeline } from '../components/event-timeline.js';
import { execute } from '../graphql/client.js';
import { graphql } from '../graphql/generated/index.js';
import { formatLocalDate } from '../format/date.js';
import { useMessages } from '../i18n/index.js';

const TrackApplicationQuery = graphql(`
  query TrackApplication($trackingNumber: String!, $queryCode: String!) {
    trackApplication(trackingNumber: $trackingNumber, queryCode: $queryCode) {
      trackingNumber
      agencyName
      status
      statusLabel
      receivedOn
      replyDueOn
      provisional
      timeline {
        type
        label
        occurredAt
      }
    }
  }
`);

interface TrackKey {
  trackingNumber: string;
  queryCode: string;
}

/** Track an application with its tracking number and query code: no account needed. */
export function TrackPage() {
  const m = useMessages();
  // The filing page hands the code over in memory (router state), never in the address bar.
  const handedOver = (useLocation().state ?? null) as TrackKey | null;
  const [key, setKey] = useState<TrackKey | null>(handedOver);
  const tracking = useQuery({
    queryKey: ['trackApplication', key],
    queryFn: () => execute(TrackApplicationQuery, key as TrackKey),
    enabled: key !== null,
  });
  const result = tracking.data?.trackApplication;

  return (
    <>
      <Typography.Title level={2}>{m.track.title}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form<TrackKey>
          layout="inline"
          initialValues={handedOver ?? {}}
          onFinish={(values) =>
            setKey({
              trackingNumber: values.trackingNumber.trim(),
              queryCode: values.queryCode.trim(),
            })
          }
        >
          <Form.Item
            name="trackingNumber"
            label={m.track.trackingNumber}
            rules={[{ required: true, whitespace: true, message: m.track.trackingNumberRequired }]}
          >
            <Input placeholder="CS-2026-000123" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="queryCode"
            label={m.track.queryCode}
            rules={[{ required: true, whitespace: true, message: m.track.queryCodeRequired }]}
          >
            <Input.Password autoComplete="off" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={tracking.isFetching}>
              {m.common.query}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <ApiErrorAlert error={tracking.error} />
      {result && (
        <Card title={`${m.track.trackingNumber} ${result.trackingNumber}`}>
          <Descriptions column={1} bordered size="middle">
            <Descriptions.Item label={m.track.status}>
              <Tag color="blue">{result.statusLabel}</Tag>
              <span data-testid="status-words">{m.status[result.status]}</span>
            </Descriptions.Item>
            <Descriptions.Item label={m.track.agency}>{result.agencyName}</Descriptions.Item>
            <Descriptions.Item label={m.track.receivedOn}>
              {result.receivedOn ? formatLocalDate(result.receivedOn) : m.track.receivedOnPending}
            </Descriptions.Item>
            <Descriptions.Item label={m.track.replyDueOn}>
              {result.replyDueOn ? formatLocalDate(result.replyDueOn) : m.common.notYet}
            </Descriptions.Item>
          </Descriptions>
          {result.provisional && (
            <Alert type="warning" showIcon title={m.common.provisional} style={{ marginTop: 16 }} />
          )}
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            {m.track.timeline}
          </Typography.Title>
          <EventTimeline events={result.timeline} />
        </Card>
      )}
    </>
  );
}
