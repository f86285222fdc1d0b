import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  List,
  Row,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ClockCalendar } from '../../components/clock-calendar.js';
import { EventTimeline } from '../../components/event-timeline.js';
import { DueDate } from '../../components/due-date.js';
import { StatusTag } from '../../components/status-tag.js';
import { formatLocalDate, todayInShanghai } from '../../format/date.js';
import { ApiError, execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { ApplicationDetailQuery } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import { DeadlineCalculatorQuery } from './deadline-calculator-page.js';

const ApplicationDetail = graphql(`
  query ApplicationDetail($id: ID!) {
    application(id: $id) {
      id
      version
      trackingNumber
      status
      channel
      letterKind
      agency {
        name
      }
      assignee {
        displayName
      }
      arrivedOn
      signedForOn
      confirmedOn
      receivedOn
      receiptExplanation
      supplementNoticeDueOn
      replyDueOn
      provisional
      applicant {
        kind
        name
        organisationName
        creditCode
        legalRepresentative
        contactPerson
        idType
        idNumberMasked
        phone
        email
        postalAddress
      }
      request {
        description
        documentNumbers
        issuingBody
        requestedForm
        obtainingMethod
      }
      possibleRepeats {
        id
        trackingNumber
        arrivedOn
        status
        similarity
        description
      }
      timeline {
        id
        type
        label
        occurredAt
      }
    }
  }
`);

const ConfirmReceipt = graphql(`
  mutation ConfirmReceipt($input: ConfirmReceiptInput!) {
    confirmReceipt(input: $input) {
      application {
        id
        version
        status
        receivedOn
        replyDueOn
      }
    }
  }
`);

type Detail = ApplicationDetailQuery['application'];

/** One application: who asked what, the clock, what happened, and what can be done now. */
export function ApplicationPage() {
  const m = useMessages();
  const { id = '' } = useParams();
  const detail = useQuery({
    queryKey: ['application', id],
    queryFn: () => execute(ApplicationDetail, { id }),
  });
  const application = detail.data?.application;
  return (
    <>
      <Typography.Title level={2}>
        {m.staff.applicationTitle} {application?.trackingNumber}
      </Typography.Title>
      <ApiErrorAlert error={detail.error} />
      {application && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={16}>
            <Summary application={application} />
            <Applicant application={application} />
            <Clock application={application} />
          </Col>
          <Col xs={24} lg={8}>
            <Actions application={application} />
            <Repeats application={application} />
            <Card title={m.track.timeline}>
              <EventTimeline events={application.timeline} />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

function Summary({ application: a }: { application: Detail }) {
  const m = useMessages();
  return (
    <Card style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="middle">
        <Descriptions.Item label={m.staff.status}>
          <StatusTag status={a.status} />
        </Descriptions.Item>
        <Descriptions.Item label={m.track.agency}>{a.agency.name}</Descriptions.Item>
        <Descriptions.Item label={m.staff.channel}>{m.channel[a.channel]}</Descriptions.Item>
        <Descriptions.Item label={m.staff.assignee}>
          {a.assignee?.displayName ?? m.staff.unassigned}
        </Descriptions.Item>
        <Descriptions.Item label={m.staff.arrivedOn}>
          {formatLocalDate(a.arrivedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={m.track.receivedOn}>
          {a.receivedOn ? formatLocalDate(a.receivedOn) : m.common.notYet}
        </Descriptions.Item>
        <Descriptions.Item label={m.clock.supplementNoticeDueOn}>
          {a.supplementNoticeDueOn ? formatLocalDate(a.supplementNoticeDueOn) : m.common.notYet}
        </Descriptions.Item>
        <Descriptions.Item label={m.track.replyDueOn}>
          <span data-testid="reply-due">
            <DueDate dueOn={a.replyDueOn} status={a.status} />
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {a.receiptExplanation}
      </Typography.Paragraph>
    </Card>
  );
}

function Applicant({ application: a }: { application: Detail }) {
  const m = useMessages();
  const f = m.apply.fields;
  const p = a.applicant;
  const rows: [string, string | null | undefined][] = [
    [f.kind, m.applicantKind[p.kind]],
    [f.name, p.name],
    [f.organisationName, p.organisationName],
    [f.creditCode, p.creditCode],
    [f.legalRepresentative, p.legalRepresentative],
    [f.contactPerson, p.contactPerson],
    [f.idType, p.idType ? m.idType[p.idType] : null],
    [f.idNumber, p.idNumberMasked],
    [f.phone, p.phone],
    [f.email, p.email],
    [f.postalAddress, p.postalAddress],
    [f.description, a.request.description],
    [f.documentNumbers, a.request.documentNumbers],
    [f.issuingBody, a.request.issuingBody],
    [f.requestedForm, m.requestedForm[a.request.requestedForm]],
    [f.obtainingMethod, m.obtainingMethod[a.request.obtainingMethod]],
  ];
  return (
    <Card title={m.staff.applicantAndRequest} style={{ marginBottom: 16 }}>
      <Descriptions column={1} bordered size="small">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Descriptions.Item key={label} label={label}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>
            </Descriptions.Item>
          ))}
      </Descriptions>
    </Card>
  );
}

function Clock({ application: a }: { application: Detail }) {
  const m = useMessages();
  const receivedOn = a.receivedOn;
  const calc = useQuery({
    queryKey: ['deadlineCalculator', receivedOn],
    queryFn: () => execute(DeadlineCalculatorQuery, { receivedOn: receivedOn as string }),
    enabled: receivedOn !== null && receivedOn !== undefined,
  });
  const result = calc.data?.deadlineCalculator;
  return (
    <Card title={m.clock.title} style={{ marginBottom: 16 }}>
      {!receivedOn && <Typography.Paragraph>{m.clock.notStarted}</Typography.Paragraph>}
      {a.provisional && (
        <Alert type="warning" showIcon title={m.common.provisional} style={{ marginBottom: 16 }} />
      )}
      <ApiErrorAlert error={calc.error} />
      {result && (
        <>
          <Typography.Paragraph>{m.clock.explain}</Typography.Paragraph>
          <ClockCalendar
            days={result.explanation.filter((d) => !a.replyDueOn || d.date <= a.replyDueOn)}
            marks={{
              ...(a.supplementNoticeDueOn
                ? { [a.supplementNoticeDueOn]: m.clock.supplementNoticeDueOn }
                : {}),
              ...(a.replyDueOn ? { [a.replyDueOn]: m.clock.replyDueOn } : {}),
            }}
          />
        </>
      )}
    </Card>
  );
}

function Actions({ application: a }: { application: Detail }) {
  const m = useMessages();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: (confirmedOn: Dayjs) =>
      execute(ConfirmReceipt, {
        input: {
          applicationId: a.id,
          expectedVersion: a.version,
          confirmedOn: confirmedOn.format('YYYY-MM-DD'),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['application', a.id] }),
  });
  const conflict =
    confirm.error instanceof ApiError && confirm.error.code === 'APPLICATION.VERSION_CONFLICT';
  const actions = a.status === 'PENDING_CONFIRMATION';
  return (
    <Card title={m.staff.actions} style={{ marginBottom: 16 }}>
      <ApiErrorAlert error={confirm.error} />
      {conflict && (
        <Button
          onClick={() => void queryClient.invalidateQueries({ queryKey: ['application', a.id] })}
          style={{ marginBottom: 16 }}
        >
          {m.staff.reload}
        </Button>
      )}
      {!actions && <Typography.Text type="secondary">{m.staff.noActions}</Typography.Text>}
      {a.status === 'PENDING_CONFIRMATION' && (
        <Form<{ confirmedOn: Dayjs }>
          layout="vertical"
          initialValues={{ confirmedOn: dayjs(todayInShanghai()) }}
          onFinish={(values) => confirm.mutate(values.confirmedOn)}
        >
          <Typography.Paragraph>{m.staff.confirmHelp}</Typography.Paragraph>
          <Form.Item
            name="confirmedOn"
            label={m.staff.confirmedOn}
            rules={[{ required: true, message: m.validation.required }]}
          >
            <DatePicker allowClear={false} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={confirm.isPending}>
              {m.staff.confirmReceipt}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

function Repeats({ application: a }: { application: Detail }) {
  const m = useMessages();
  if (a.possibleRepeats.length === 0) return null;
  return (
    <Card title={m.staff.possibleRepeats} style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={a.possibleRepeats}
        renderItem={(r) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Space>
                  <Link to={`/staff/applications/${r.id}`}>{r.trackingNumber}</Link>
                  <StatusTag status={r.status} />
                </Space>
              }
              description={`${formatLocalDate(r.arrivedOn)} · ${m.staff.similarity(r.similarity)} · ${r.description}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
