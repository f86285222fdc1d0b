import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, List, Row, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ClockCalendar } from '../../components/clock-calendar.js';
import { EventTimeline } from '../../components/event-timeline.js';
import { DueDate } from '../../components/due-date.js';
import { StatusTag } from '../../components/status-tag.js';
import { formatLocalDate } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { ApplicationDetailQuery } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import { ApplicationActions } from './application-actions.js';
import { yuan } from './consultation-fee-forms.js';

const ApplicationDetail = graphql(`
  query ApplicationDetail($id: ID!) {
    application(id: $id) {
      id
      version
      availableActions
      clock {
        state
        receivedOn
        baseDate
        supplementNoticeDueOn
        replyDueOn
        extendedReplyDueOn
        effectiveReplyDueOn
        countedWorkingDaysUsed
        countedWorkingDaysRemaining
        countedWorkingDaysLimit
        extended
        overdue
        provisional
        explanation {
          ...ExplainedDayFields
        }
      }
      supplementRequest {
        items
        requestedOn
        dueOn
        receivedOn
        response
        late
      }
      extension {
        status
        reason
        requestedOn
        decidedOn
        decisionNote
      }
      reply {
        outcomeLabel
        repliedOn
        legalBasis
        replyText
      }
      service {
        method
        servedOn
      }
      consultations {
        id
        kind
        partyName
        sentOn
        partyReceivedOn
        answerDueOn
        answer
        answeredOn
        objectionReasons
      }
      feeNotice {
        method
        amountFen
        issuedOn
        receivedOn
        paymentDueOn
        paidOn
        waiverReason
      }
      reviews {
        id
        kind
        filedOn
        result
        resultOn
      }
      conclusion {
        concludedOn
        withdrawalNote
        closingNote
        deemedWithdrawnReason
      }
      monthlyFilings {
        ordinal
      }
      trackingNumber
      status
      channel
      letterKind
      agency {
        name
      }
      assignee {
        id
        displayName
      }
      assigneeCandidates {
        id
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
            <Records application={application} />
            <Clock application={application} />
          </Col>
          <Col xs={24} lg={8}>
            <ApplicationActions application={application} />
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
  const c = m.clock;
  const clock = a.clock;
  return (
    <Card title={c.title} style={{ marginBottom: 16 }}>
      {!clock && <Typography.Paragraph>{c.notStarted}</Typography.Paragraph>}
      {a.provisional && (
        <Alert type="warning" showIcon title={m.common.provisional} style={{ marginBottom: 16 }} />
      )}
      {clock && (
        <>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={c.state}>{c.states[clock.state]}</Descriptions.Item>
            <Descriptions.Item label={c.baseDate}>
              {formatLocalDate(clock.baseDate)}
            </Descriptions.Item>
            <Descriptions.Item label={c.used}>
              <span data-testid="days-used">
                {c.days(clock.countedWorkingDaysUsed, clock.countedWorkingDaysLimit)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={c.remaining}>
              <Typography.Text type={clock.overdue ? 'danger' : undefined}>
                {clock.overdue ? m.staff.overdue : clock.countedWorkingDaysRemaining}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={c.effectiveReplyDueOn}>
              {formatLocalDate(clock.effectiveReplyDueOn)}
              {clock.extended ? ` ${c.extended}` : ''}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph>{c.explain}</Typography.Paragraph>
          <ClockCalendar
            days={clock.explanation}
            marks={{
              [clock.supplementNoticeDueOn]: c.supplementNoticeDueOn,
              [clock.effectiveReplyDueOn]: clock.extended ? c.extendedReplyDueOn : c.replyDueOn,
            }}
          />
        </>
      )}
    </Card>
  );
}

/** The supplement notice, consultations, the fee, the extension, the reply, reviews and the end. */
function Records({ application: a }: { application: Detail }) {
  const m = useMessages();
  const r = m.records;
  const act = m.actions;
  const s = a.supplementRequest;
  const e = a.extension;
  const fee = a.feeNotice;
  const reply = a.reply;
  const end = a.conclusion;
  const date = (value: string | null | undefined) => (value ? formatLocalDate(value) : null);
  if (
    !s &&
    e.status === 'NONE' &&
    !reply &&
    !fee &&
    !end &&
    a.consultations.length === 0 &&
    a.reviews.length === 0
  ) {
    return null;
  }
  return (
    <Card title={r.title} style={{ marginBottom: 16 }}>
      <Descriptions column={1} bordered size="small">
        {s && (
          <Descriptions.Item label={r.supplement}>
            <ol style={{ margin: 0, paddingLeft: 20 }}>
              {s.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
            {r.supplementDates(formatLocalDate(s.requestedOn), formatLocalDate(s.dueOn))}
            {s.receivedOn && <div>{r.supplementReceived(formatLocalDate(s.receivedOn))}</div>}
            {s.response && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>
                {s.response}
              </Typography.Paragraph>
            )}
          </Descriptions.Item>
        )}
        {a.consultations.map((c) => (
          <Descriptions.Item key={c.id} label={r.consultation(act.consultationKinds[c.kind])}>
            <div data-testid="consultation">
              <div>{c.partyName}</div>
              <div>
                {r.consultationSent(
                  formatLocalDate(c.sentOn),
                  date(c.partyReceivedOn),
                  date(c.answerDueOn),
                )}
              </div>
              <div>
                {c.answer && c.answeredOn
                  ? r.consultationAnswered(act.answers[c.answer], formatLocalDate(c.answeredOn))
                  : r.consultationWaiting}
              </div>
              {c.objectionReasons && (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {c.objectionReasons}
                </Typography.Paragraph>
              )}
            </div>
          </Descriptions.Item>
        ))}
        {fee && (
          <Descriptions.Item label={r.fee}>
            <div data-testid="fee-notice">
              <div>
                {r.feeSummary(
                  act.feeMethods[fee.method],
                  yuan(fee.amountFen),
                  formatLocalDate(fee.issuedOn),
                )}
              </div>
              {fee.waiverReason && <div>{r.feeWaived(fee.waiverReason)}</div>}
              {fee.paymentDueOn && <div>{r.feeDueOn(formatLocalDate(fee.paymentDueOn))}</div>}
              {fee.paidOn && <div>{r.feePaid(formatLocalDate(fee.paidOn))}</div>}
            </div>
          </Descriptions.Item>
        )}
        {e.status !== 'NONE' && (
          <Descriptions.Item label={r.extension}>
            {r.extensionStatus[e.status]}
            {e.reason ? ` · ${e.reason}` : ''}
            {e.decisionNote ? ` · ${e.decisionNote}` : ''}
          </Descriptions.Item>
        )}
        {reply && (
          <Descriptions.Item label={r.reply}>
            <div>{`${reply.outcomeLabel} · ${formatLocalDate(reply.repliedOn)}`}</div>
            {reply.legalBasis && <div>{reply.legalBasis}</div>}
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }}>
              {reply.replyText}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
        {a.reviews.map((review) => (
          <Descriptions.Item key={review.id} label={r.review(act.reviewKinds[review.kind])}>
            {r.reviewSummary(
              formatLocalDate(review.filedOn),
              act.reviewResults[review.result],
              date(review.resultOn),
            )}
          </Descriptions.Item>
        ))}
        {end && (
          <Descriptions.Item label={r.conclusion}>
            <div>{r.concludedOn(formatLocalDate(end.concludedOn))}</div>
            {end.deemedWithdrawnReason && (
              <div>{act.deemedWithdrawnReasons[end.deemedWithdrawnReason]}</div>
            )}
            {(end.withdrawalNote ?? end.closingNote) && (
              <div style={{ whiteSpace: 'pre-wrap' }}>{end.withdrawalNote ?? end.closingNote}</div>
            )}
          </Descriptions.Item>
        )}
      </Descriptions>
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
