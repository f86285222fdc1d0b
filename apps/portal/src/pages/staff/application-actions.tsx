// The actions of an application's current state, as the api lists them in `availableActions`:
// nothing the lifecycle does not allow now is offered. Each form sends the version it was shown
// (`expectedVersion`); a conflict asks the officer to reload.
import {
  Button,
  Card,
  Collapse,
  DatePicker,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import {
  OUTCOME_DEFINITIONS,
  OUTCOME_GROUP_LABELS,
  OUTCOME_GROUPS,
  outcomesInGroup,
  type Outcome as RulesOutcome,
} from '@gongkai/rules';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useSession } from '../../auth/session.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type { ApplicationAction, Outcome, ServiceMethod } from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import {
  ActionError,
  type ActionTarget,
  afterToday,
  day,
  today,
  useAction,
} from './action-support.js';
import {
  CloseAsDeemedWithdrawnForm,
  RecordReviewForm,
  RecordWithdrawalForm,
} from './closing-forms.js';
import {
  IssueFeeNoticeForm,
  RecordConsultationReplyForm,
  RecordFeePaymentForm,
  StartConsultationForm,
} from './consultation-fee-forms.js';

const ConfirmReceipt = graphql(`
  mutation ConfirmReceipt($input: ConfirmReceiptInput!) {
    confirmReceipt(input: $input) {
      application {
        id
      }
    }
  }
`);
const Assign = graphql(`
  mutation AssignApplication($input: AssignApplicationInput!) {
    assignApplication(input: $input) {
      application {
        id
      }
    }
  }
`);
const RequestSupplement = graphql(`
  mutation RequestSupplement($input: RequestSupplementInput!) {
    requestSupplement(input: $input) {
      application {
        id
      }
    }
  }
`);
const RecordSupplement = graphql(`
  mutation RecordSupplement($input: RecordSupplementInput!) {
    recordSupplement(input: $input) {
      application {
        id
      }
    }
  }
`);
const RequestExtension = graphql(`
  mutation RequestExtension($input: RequestExtensionInput!) {
    requestExtension(input: $input) {
      application {
        id
      }
    }
  }
`);
const DecideExtension = graphql(`
  mutation DecideExtension($input: DecideExtensionInput!) {
    decideExtension(input: $input) {
      application {
        id
      }
    }
  }
`);
const IssueReply = graphql(`
  mutation IssueReply($input: IssueReplyInput!) {
    issueReply(input: $input) {
      application {
        id
      }
    }
  }
`);
const RecordService = graphql(`
  mutation RecordService($input: RecordServiceInput!) {
    recordService(input: $input) {
      application {
        id
      }
    }
  }
`);

export function ApplicationActions({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  // Every action has its form: a new action in the schema fails the typecheck until it has one.
  const forms: Record<ApplicationAction, ReactNode> = {
    CONFIRM_RECEIPT: <ConfirmReceiptForm application={application} />,
    ASSIGN: <AssignForm application={application} />,
    REQUEST_SUPPLEMENT: <RequestSupplementForm application={application} />,
    RECORD_SUPPLEMENT: <RecordSupplementForm application={application} />,
    REQUEST_EXTENSION: <RequestExtensionForm application={application} />,
    DECIDE_EXTENSION: <DecideExtensionForm application={application} />,
    ISSUE_REPLY: <IssueReplyForm application={application} />,
    RECORD_SERVICE: <RecordServiceForm application={application} />,
    START_CONSULTATION: <StartConsultationForm application={application} />,
    RECORD_CONSULTATION_REPLY: <RecordConsultationReplyForm application={application} />,
    ISSUE_FEE_NOTICE: <IssueFeeNoticeForm application={application} />,
    RECORD_FEE_PAYMENT: <RecordFeePaymentForm application={application} />,
    CLOSE_AS_DEEMED_WITHDRAWN: <CloseAsDeemedWithdrawnForm application={application} />,
    RECORD_REVIEW: <RecordReviewForm application={application} />,
    WITHDRAW: <RecordWithdrawalForm application={application} />,
  };
  // The api already leaves out what the caller's role may not take.
  const available = application.availableActions;
  return (
    <Card title={m.staff.actions} style={{ marginBottom: 16 }}>
      {available.length === 0 && (
        <Typography.Text type="secondary">{m.staff.noActions}</Typography.Text>
      )}
      {available.length > 0 && (
        <Collapse
          accordion
          defaultActiveKey={available.length === 1 ? available[0] : undefined}
          items={available.map((action) => ({
            key: action,
            label: a.names[action],
            children: forms[action],
          }))}
        />
      )}
    </Card>
  );
}

function ConfirmReceiptForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const action = useAction(application, (confirmedOn: Dayjs) =>
    execute(ConfirmReceipt, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        confirmedOn: day(confirmedOn),
      },
    }),
  );
  return (
    <Form<{ confirmedOn: Dayjs }>
      layout="vertical"
      initialValues={{ confirmedOn: today() }}
      onFinish={(values) => action.mutate(values.confirmedOn)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Typography.Paragraph>{m.staff.confirmHelp}</Typography.Paragraph>
      <Form.Item
        name="confirmedOn"
        label={m.staff.confirmedOn}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <DatePicker allowClear={false} disabledDate={afterToday} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {m.staff.confirmReceipt}
      </Button>
    </Form>
  );
}

/** To any officer of the agency (or a supervisor above it); "to me" in one click. */
function AssignForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const { session } = useSession();
  const action = useAction(application, (assigneeId: string) =>
    execute(Assign, {
      input: { applicationId: application.id, expectedVersion: application.version, assigneeId },
    }),
  );
  const me = session?.user.id;
  const current = application.assignee;
  const candidates = application.assigneeCandidates.filter((c) => c.id !== current?.id);
  return (
    <Form<{ assigneeId: string }>
      layout="vertical"
      onFinish={(values) => action.mutate(values.assigneeId)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      {current && (
        <Typography.Paragraph>{a.currentAssignee(current.displayName)}</Typography.Paragraph>
      )}
      <Form.Item
        name="assigneeId"
        label={a.assignee}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={candidates.map((c) => ({
            value: c.id,
            label: c.id === me ? a.me(c.displayName) : c.displayName,
          }))}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={action.isPending}>
          {a.names.ASSIGN}
        </Button>
        {me && candidates.some((c) => c.id === me) && (
          <Button disabled={action.isPending} onClick={() => action.mutate(me)}>
            {a.assignToMe}
          </Button>
        )}
      </Space>
    </Form>
  );
}

function RequestSupplementForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const action = useAction(application, (values: { items: string[]; dueOn: Dayjs }) =>
    execute(RequestSupplement, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        items: values.items.map((item) => item.trim()).filter(Boolean),
        dueOn: day(values.dueOn) as string,
      },
    }),
  );
  return (
    <Form<{ items: string[]; dueOn: Dayjs }>
      layout="vertical"
      initialValues={{ items: [''], dueOn: today().add(15, 'day') }}
      onFinish={(values) => action.mutate(values)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Typography.Paragraph>{a.supplementHelp}</Typography.Paragraph>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item
                  name={field.name}
                  label={a.supplementItem(index + 1)}
                  rules={[{ required: true, whitespace: true, message: m.validation.required }]}
                >
                  <Input.TextArea rows={2} style={{ width: 260 }} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button onClick={() => remove(field.name)}>{a.remove}</Button>
                )}
              </Space>
            ))}
            <Button onClick={() => add('')} style={{ marginBottom: 16 }}>
              {a.addItem}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item
        name="dueOn"
        label={a.supplementDueOn}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <DatePicker allowClear={false} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.REQUEST_SUPPLEMENT}
      </Button>
    </Form>
  );
}

function RecordSupplementForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const action = useAction(application, (receivedOn: Dayjs) =>
    execute(RecordSupplement, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        receivedOn: day(receivedOn),
      },
    }),
  );
  return (
    <Form<{ receivedOn: Dayjs }>
      layout="vertical"
      initialValues={{ receivedOn: today() }}
      onFinish={(values) => action.mutate(values.receivedOn)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Form.Item name="receivedOn" label={m.actions.supplementReceivedOn}>
        <DatePicker allowClear={false} disabledDate={afterToday} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {m.actions.names.RECORD_SUPPLEMENT}
      </Button>
    </Form>
  );
}

function RequestExtensionForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const action = useAction(application, (reason: string) =>
    execute(RequestExtension, {
      input: { applicationId: application.id, expectedVersion: application.version, reason },
    }),
  );
  return (
    <Form<{ reason: string }>
      layout="vertical"
      onFinish={(values) => action.mutate(values.reason.trim())}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Form.Item
        name="reason"
        label={m.actions.extensionReason}
        rules={[{ required: true, whitespace: true, message: m.validation.required }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {m.actions.names.REQUEST_EXTENSION}
      </Button>
    </Form>
  );
}

function DecideExtensionForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const action = useAction(application, (values: { approved: boolean; note?: string }) =>
    execute(DecideExtension, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        approved: values.approved,
        note: values.note?.trim() || null,
      },
    }),
  );
  return (
    <Form<{ approved: boolean; note?: string }>
      layout="vertical"
      initialValues={{ approved: true }}
      onFinish={(values) => action.mutate(values)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Form.Item name="approved" label={a.decision}>
        <Radio.Group
          options={[
            { value: true, label: a.approve },
            { value: false, label: a.refuse },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={a.note}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.DECIDE_EXTENSION}
      </Button>
    </Form>
  );
}

interface ReplyValues {
  outcome: Outcome;
  legalBasis?: string;
  reasons?: string;
  accessInstructions?: string;
  referral?: string;
  responsibleAgencyName?: string;
  responsibleAgencyContact?: string;
  replyText: string;
}

/** The outcome picker follows the annual-report rows; what a reply needs follows the outcome. */
function IssueReplyForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const [form] = Form.useForm<ReplyValues>();
  const outcome = Form.useWatch('outcome', form);
  const definition = outcome ? OUTCOME_DEFINITIONS[outcome as unknown as RulesOutcome] : undefined;
  const needs = definition?.requires;
  const action = useAction(application, (values: ReplyValues) =>
    execute(IssueReply, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        outcome: values.outcome,
        replyText: values.replyText.trim(),
        legalBasis: values.legalBasis?.trim() || null,
        reasons: values.reasons?.trim() || null,
        accessInstructions: values.accessInstructions?.trim() || null,
        referral: values.referral?.trim() || null,
        responsibleAgencyName: values.responsibleAgencyName?.trim() || null,
        responsibleAgencyContact: values.responsibleAgencyContact?.trim() || null,
      },
    }),
  );
  const field = (name: keyof ReplyValues, label: string, need?: string) =>
    need && need !== 'not-applicable' ? (
      <Form.Item
        name={name}
        label={label}
        rules={
          need === 'required'
            ? [{ required: true, whitespace: true, message: m.validation.required }]
            : []
        }
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    ) : null;
  return (
    <Form<ReplyValues>
      form={form}
      layout="vertical"
      onFinish={(values) => action.mutate(values)}
      onValuesChange={(changed: Partial<ReplyValues>) => {
        if (changed.outcome) {
          form.setFieldValue(
            'legalBasis',
            OUTCOME_DEFINITIONS[changed.outcome as unknown as RulesOutcome].legalBasisLabel,
          );
        }
      }}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Form.Item
        name="outcome"
        label={a.outcome}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={OUTCOME_GROUPS.map((group) => ({
            label: OUTCOME_GROUP_LABELS[group],
            title: OUTCOME_GROUP_LABELS[group],
            options: outcomesInGroup(group).map((o) => ({
              value: o as unknown as Outcome,
              label: OUTCOME_DEFINITIONS[o].rowLabel,
            })),
          }))}
        />
      </Form.Item>
      {field('legalBasis', a.legalBasis, needs?.legalBasis)}
      {field('reasons', a.reasons, needs?.reasons)}
      {field('accessInstructions', a.accessInstructions, needs?.accessInstructions)}
      {field('responsibleAgencyName', a.responsibleAgencyName, needs?.responsibleAgency)}
      {field('responsibleAgencyContact', a.responsibleAgencyContact, needs?.responsibleAgency)}
      {field('referral', a.referral, needs?.referral)}
      <Form.Item
        name="replyText"
        label={a.replyText}
        rules={[{ required: true, whitespace: true, message: m.validation.required }]}
      >
        <Input.TextArea rows={6} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.ISSUE_REPLY}
      </Button>
    </Form>
  );
}

function RecordServiceForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const [form] = Form.useForm<{
    method: ServiceMethod;
    servedOn: Dayjs;
    postalTrackingNumber?: string;
  }>();
  const method = Form.useWatch('method', form);
  const action = useAction(
    application,
    (values: { method: ServiceMethod; servedOn: Dayjs; postalTrackingNumber?: string }) =>
      execute(RecordService, {
        input: {
          applicationId: application.id,
          expectedVersion: application.version,
          method: values.method,
          servedOn: day(values.servedOn),
          postalTrackingNumber:
            values.method === 'POST' ? values.postalTrackingNumber?.trim() || null : null,
        },
      }),
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ method: 'ONLINE', servedOn: today() }}
      onFinish={(v) => action.mutate(v)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Form.Item name="method" label={a.serviceMethod}>
        <Radio.Group
          options={(Object.keys(a.serviceMethods) as ServiceMethod[]).map((value) => ({
            value,
            label: a.serviceMethods[value],
          }))}
        />
      </Form.Item>
      <Form.Item name="servedOn" label={a.servedOn}>
        <DatePicker allowClear={false} disabledDate={afterToday} />
      </Form.Item>
      {method === 'POST' && (
        <Form.Item name="postalTrackingNumber" label={a.postalTrackingNumber}>
          <Input />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.RECORD_SERVICE}
      </Button>
    </Form>
  );
}
