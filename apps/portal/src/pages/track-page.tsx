import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { ApiErrorAlert } from '../components/api-error-alert.js';
import { EventTimeline } from '../components/event-timeline.js';
import { execute } from '../graphql/client.js';
import { graphql } from '../graphql/generated/index.js';
import { formatLocalDate } from '../format/date.js';
import type { TrackApplicationQuery } from '../graphql/generated/graphql.js';
import { useMessages } from '../i18n/index.js';

const TrackApplicationQuery = graphql(`
  query TrackApplication($trackingNumber: String!, $queryCode: String) {
    trackApplication(trackingNumber: $trackingNumber, queryCode: $queryCode) {
      trackingNumber
      agencyName
      status
      statusLabel
      receivedOn
      replyDueOn
      provisional
      extended
      concludedOn
      supplementRequest {
        items
        requestedOn
        dueOn
        receivedOn
      }
      reply {
        outcome
        repliedOn
        legalBasis
        replyText
        accessInstructions
        servedOn
      }
      timeline {
        type
        label
        occurredAt
      }
    }
  }
`);

const SubmitSupplement = graphql(`
  mutation SubmitSupplement($input: SubmitSupplementInput!) {
    submitSupplement(input: $input) {
      trackingNumber
      replyDueOn
    }
  }
`);

const WithdrawApplication = graphql(`
  mutation WithdrawApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      trackingNumber
      withdrawnOn
    }
  }
`);

type Tracking = TrackApplicationQuery['trackApplication'];

/**
 * What names an application to its applicant: the tracking number with the query code, or —
 * signed in with the applicant account that filed it — the number alone (`queryCode: null`).
 */
export interface TrackKey {
  trackingNumber: string;
  queryCode: string | null;
}

/** Track an application with its tracking number and query code: no account needed. */
export function TrackPage() {
  const m = useMessages();
  // The filing page hands the code over in memory (router state), never in the address bar.
  const handedOver = (useLocation().state ?? null) as TrackKey | null;
  const [key, setKey] = useState<TrackKey | null>(handedOver);
  const tracking = useTracking(key);

  return (
    <>
      <Typography.Title level={2}>{m.track.title}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form<{ trackingNumber: string; queryCode: string }>
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
      {key && <TrackingResult tracking={tracking} trackKey={key} />}
    </>
  );
}

/** An application's progress as its applicant may see it, once `key` is given. */
export function useTracking(key: TrackKey | null) {
  return useQuery({
    queryKey: ['trackApplication', key],
    queryFn: () => execute(TrackApplicationQuery, key as TrackKey),
    enabled: key !== null,
  });
}

/**
 * The progress (status, dates, the notices sent, the timeline) with what the applicant can do:
 * supplement, withdraw. Shared by the public tracking page and the signed-in applicant's view.
 */
export function TrackingResult({
  tracking,
  trackKey,
}: {
  tracking: ReturnType<typeof useTracking>;
  trackKey: TrackKey;
}) {
  const m = useMessages();
  const result = tracking.data?.trackApplication;
  return (
    <>
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
              {result.extended ? ` ${m.clock.extended}` : ''}
            </Descriptions.Item>
            {result.concludedOn && (
              <Descriptions.Item label={m.track.concludedOn}>
                {formatLocalDate(result.concludedOn)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <ApplicantActions tracking={result} trackKey={trackKey} />
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

/** The reply, a supplement asked for (answered online here), and withdrawing. */
function ApplicantActions({ tracking, trackKey }: { tracking: Tracking; trackKey: TrackKey }) {
  const m = useMessages();
  const t = m.track;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['trackApplication', trackKey] });
  const supplement = useMutation({
    mutationFn: (response: string) =>
      execute(SubmitSupplement, { input: { ...trackKey, response } }),
    onSuccess: () => {
      void message.success(t.supplementSent);
      return refresh();
    },
  });
  const withdraw = useMutation({
    mutationFn: () => execute(WithdrawApplication, { input: trackKey }),
    onSuccess: refresh,
  });
  const notice = tracking.supplementRequest;
  const reply = tracking.reply;
  const open = !['REPLIED', 'CLOSED', 'WITHDRAWN'].includes(tracking.status);
  return (
    <>
      {reply && (
        <Card type="inner" title={t.reply} style={{ marginTop: 16 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t.repliedOn}>
              {formatLocalDate(reply.repliedOn)}
            </Descriptions.Item>
            {reply.legalBasis && (
              <Descriptions.Item label={m.actions.legalBasis}>{reply.legalBasis}</Descriptions.Item>
            )}
            {reply.accessInstructions && (
              <Descriptions.Item label={m.actions.accessInstructions}>
                {reply.accessInstructions}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Paragraph
            data-testid="reply-text"
            style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
          >
            {reply.replyText}
          </Typography.Paragraph>
        </Card>
      )}
      {notice && (
        <Card type="inner" title={t.supplementNotice} style={{ marginTop: 16 }}>
          <Typography.Paragraph>
            {t.supplementNoticeText(
              formatLocalDate(notice.requestedOn),
              formatLocalDate(notice.dueOn),
            )}
          </Typography.Paragraph>
          <ol>
            {notice.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
          {notice.receivedOn ? (
            <Typography.Text type="success">
              {t.supplementReceived(formatLocalDate(notice.receivedOn))}
            </Typography.Text>
          ) : (
            tracking.status === 'AWAITING_SUPPLEMENT' && (
              <Form<{ response: string }>
                layout="vertical"
                onFinish={(values) => supplement.mutate(values.response.trim())}
              >
                <ApiErrorAlert error={supplement.error} />
                <Form.Item
                  name="response"
                  label={t.supplementResponse}
                  rules={[{ required: true, whitespace: true, message: m.validation.required }]}
                >
                  <Input.TextArea rows={4} maxLength={4000} showCount />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={supplement.isPending}>
                  {t.sendSupplement}
                </Button>
              </Form>
            )
          )}
        </Card>
      )}
      {open && (
        <div style={{ marginTop: 16 }}>
          <ApiErrorAlert error={withdraw.error} />
          <Popconfirm
            title={t.withdrawConfirm}
            okText={t.withdraw}
            cancelText={m.common.cancel}
            onConfirm={() => withdraw.mutate()}
          >
            <Button danger loading={withdraw.isPending}>
              {t.withdraw}
            </Button>
          </Popconfirm>
        </div>
      )}
    </>
  );
}
