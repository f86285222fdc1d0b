// The actions that pause the clock: consulting a third party or another agency (and recording
// its answer), and the fee notice (and its payment). Each form checks what the server checks
// before sending and shows the server's coded errors in words.
import {
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Typography,
} from 'antd';
import { calculateFee, type FeeInput } from '@gongkai/rules';
import type { Dayjs } from 'dayjs';
import { emailRule } from '../../forms/field-rules.js';
import { formatLocalDate } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type {
  ConsultationAnswer,
  ConsultationKind,
  FeeMethod,
} from '../../graphql/generated/graphql.js';
import { useMessages } from '../../i18n/index.js';
import {
  ActionError,
  type ActionTarget,
  afterToday,
  day,
  today,
  useAction,
} from './action-support.js';

const StartConsultation = graphql(`
  mutation StartConsultation($input: StartConsultationInput!) {
    startConsultation(input: $input) {
      application {
        id
      }
    }
  }
`);
const RecordConsultationReply = graphql(`
  mutation RecordConsultationReply($input: RecordConsultationReplyInput!) {
    recordConsultationReply(input: $input) {
      application {
        id
      }
    }
  }
`);
const IssueFeeNotice = graphql(`
  mutation IssueFeeNotice($input: IssueFeeNoticeInput!) {
    issueFeeNotice(input: $input) {
      application {
        id
      }
    }
  }
`);
const RecordFeePayment = graphql(`
  mutation RecordFeePayment($input: RecordFeePaymentInput!) {
    recordFeePayment(input: $input) {
      application {
        id
      }
    }
  }
`);

/** The server's limits (libs/data CONSULTATION_LIMITS). */
const LIMITS = { partyName: 200, contact: 200, email: 254, reasons: 2000 } as const;

/** Fen as yuan with two decimals: 1050 → "10.50". */
export const yuan = (fen: number) => (fen / 100).toFixed(2);

/** A date field that must not be before another one of the same form. */
const notBefore =
  (other: string, message: string) =>
  ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async (_rule: unknown, value: Dayjs | null | undefined) => {
      const earliest = getFieldValue(other) as Dayjs | null | undefined;
      if (value && earliest && value.isBefore(earliest, 'day')) throw new Error(message);
    },
  });

interface StartValues {
  kind: ConsultationKind;
  partyName: string;
  contact?: string;
  email?: string;
  sentOn: Dayjs;
  partyReceivedOn?: Dayjs | null;
}

export function StartConsultationForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const action = useAction(application, (values: StartValues) =>
    execute(StartConsultation, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        kind: values.kind,
        partyName: values.partyName.trim(),
        contact: values.contact?.trim() || null,
        email: values.email?.trim() || null,
        sentOn: day(values.sentOn),
        partyReceivedOn: day(values.partyReceivedOn),
      },
    }),
  );
  return (
    <Form<StartValues>
      layout="vertical"
      initialValues={{ kind: 'THIRD_PARTY', sentOn: today() }}
      onFinish={(values) => action.mutate(values)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Typography.Paragraph>{a.consultationHelp}</Typography.Paragraph>
      <Form.Item name="kind" label={a.consultationKind}>
        <Radio.Group
          options={(Object.keys(a.consultationKinds) as ConsultationKind[]).map((value) => ({
            value,
            label: a.consultationKinds[value],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="partyName"
        label={a.partyName}
        rules={[
          { required: true, whitespace: true, message: m.validation.required },
          { max: LIMITS.partyName },
        ]}
      >
        <Input maxLength={LIMITS.partyName} />
      </Form.Item>
      <Form.Item name="contact" label={a.partyContact} rules={[{ max: LIMITS.contact }]}>
        <Input maxLength={LIMITS.contact} />
      </Form.Item>
      <Form.Item name="email" label={a.partyEmail} rules={[emailRule(m)]}>
        <Input maxLength={LIMITS.email} />
      </Form.Item>
      <Form.Item
        name="sentOn"
        label={a.sentOn}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <DatePicker allowClear={false} disabledDate={afterToday} />
      </Form.Item>
      <Form.Item
        name="partyReceivedOn"
        label={a.partyReceivedOn}
        extra={a.partyReceivedHelp}
        dependencies={['sentOn']}
        rules={[notBefore('sentOn', a.notBefore(a.sentOn))]}
      >
        <DatePicker disabledDate={afterToday} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.START_CONSULTATION}
      </Button>
    </Form>
  );
}

interface ReplyValues {
  consultationId: string;
  answer: ConsultationAnswer;
  objectionReasons?: string;
  answeredOn: Dayjs;
  partyReceivedOn?: Dayjs | null;
}

export function RecordConsultationReplyForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const [form] = Form.useForm<ReplyValues>();
  const consultationId = Form.useWatch('consultationId', form);
  const open = application.consultations.filter((c) => c.answer == null);
  const chosen = open.find((c) => c.id === consultationId);
  const answer = Form.useWatch('answer', form);
  const action = useAction(application, (values: ReplyValues) =>
    execute(RecordConsultationReply, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        consultationId: values.consultationId,
        answer: values.answer,
        objectionReasons:
          values.answer === 'OBJECT' ? values.objectionReasons?.trim() || null : null,
        answeredOn: day(values.answeredOn),
        partyReceivedOn: day(values.partyReceivedOn),
      },
    }),
  );
  return (
    <Form<ReplyValues>
      form={form}
      layout="vertical"
      initialValues={{ consultationId: open[0]?.id, answer: 'AGREE', answeredOn: today() }}
      onFinish={(values) => action.mutate(values)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Form.Item
        name="consultationId"
        label={a.consultation}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <Select
          options={open.map((c) => ({
            value: c.id,
            label: a.consultationOption(c.partyName, formatLocalDate(c.sentOn)),
          }))}
        />
      </Form.Item>
      <Form.Item name="answer" label={a.answer}>
        <Radio.Group
          options={(Object.keys(a.answers) as ConsultationAnswer[]).map((value) => ({
            value,
            label: a.answers[value],
          }))}
        />
      </Form.Item>
      {answer === 'OBJECT' && (
        <Form.Item
          name="objectionReasons"
          label={a.objectionReasons}
          rules={[
            { required: true, whitespace: true, message: m.validation.required },
            { max: LIMITS.reasons },
          ]}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.reasons} />
        </Form.Item>
      )}
      {chosen && !chosen.partyReceivedOn && (
        <Form.Item name="partyReceivedOn" label={a.partyReceivedOn}>
          <DatePicker
            disabledDate={(value) => afterToday(value) || value.isBefore(chosen.sentOn, 'day')}
          />
        </Form.Item>
      )}
      <Form.Item
        name="answeredOn"
        label={a.answeredOn}
        dependencies={['partyReceivedOn']}
        rules={[
          { required: true, message: m.validation.required },
          notBefore('partyReceivedOn', a.notBefore(a.partyReceivedOn)),
        ]}
      >
        <DatePicker
          allowClear={false}
          disabledDate={(value) =>
            afterToday(value) || (chosen ? value.isBefore(chosen.sentOn, 'day') : false)
          }
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.RECORD_CONSULTATION_REPLY}
      </Button>
    </Form>
  );
}

interface FeeValues {
  method: FeeMethod;
  earlierInMonth?: number | null;
  units?: number | null;
  pages?: number | null;
  waived?: boolean;
  waiverReason?: string;
  issuedOn: Dayjs;
  receivedOn?: Dayjs | null;
}

/** The fee calculator's input from the form (what the server runs through the same calculator). */
function feeInput(values: Partial<FeeValues>): FeeInput {
  return {
    ...(values.method === 'BY_VOLUME'
      ? { byVolume: { pages: values.pages ?? 0 } }
      : {
          perApplication: {
            earlierInMonth: values.earlierInMonth ?? 0,
            units: values.units ?? 1,
          },
        }),
    ...(values.waived ? { waiver: { reason: values.waiverReason ?? '' } } : {}),
  };
}

/** The amount the tiers give, or null while the form cannot be calculated yet. */
function feePreview(values: Partial<FeeValues>): number | null {
  try {
    return calculateFee(feeInput({ ...values, waived: false })).assessedFen;
  } catch {
    return null;
  }
}

export function IssueFeeNoticeForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const [form] = Form.useForm<FeeValues>();
  const values = Form.useWatch([], form) as Partial<FeeValues> | undefined;
  const method = values?.method ?? 'PER_APPLICATION';
  const monthly = application.monthlyFilings;
  const assessed = values ? feePreview(values) : null;
  const action = useAction(application, (v: FeeValues) => {
    const fee = feeInput(v);
    return execute(IssueFeeNotice, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        perApplication: fee.perApplication
          ? { earlierInMonth: fee.perApplication.earlierInMonth, units: fee.perApplication.units }
          : null,
        pages: fee.byVolume?.pages ?? null,
        waiverReason: v.waived ? v.waiverReason?.trim() || null : null,
        issuedOn: day(v.issuedOn),
        receivedOn: day(v.receivedOn),
      },
    });
  });
  return (
    <Form<FeeValues>
      form={form}
      layout="vertical"
      initialValues={{
        method: 'PER_APPLICATION',
        earlierInMonth: monthly ? Math.max(0, monthly.ordinal - 1) : 0,
        units: 1,
        waived: false,
        issuedOn: today(),
      }}
      onFinish={(v) => action.mutate(v)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Typography.Paragraph>{a.feeHelp}</Typography.Paragraph>
      <Form.Item name="method" label={a.feeMethod}>
        <Radio.Group
          options={(Object.keys(a.feeMethods) as FeeMethod[]).map((value) => ({
            value,
            label: a.feeMethods[value],
          }))}
        />
      </Form.Item>
      {method === 'PER_APPLICATION' ? (
        <>
          <Form.Item
            name="earlierInMonth"
            label={a.earlierInMonth}
            extra={monthly ? a.earlierInMonthHelp(monthly.ordinal) : undefined}
            rules={[{ required: true, message: m.validation.required }]}
          >
            <InputNumber min={0} precision={0} />
          </Form.Item>
          <Form.Item
            name="units"
            label={a.units}
            rules={[{ required: true, message: m.validation.required }]}
          >
            <InputNumber min={1} precision={0} />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="pages"
          label={a.pages}
          rules={[{ required: true, message: m.validation.required }]}
        >
          <InputNumber min={0} precision={0} />
        </Form.Item>
      )}
      <Form.Item name="waived" valuePropName="checked">
        <Checkbox>{a.waived}</Checkbox>
      </Form.Item>
      {values?.waived && (
        <Form.Item
          name="waiverReason"
          label={a.waiverReason}
          rules={[{ required: true, whitespace: true, message: m.validation.required }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      <Form.Item
        name="issuedOn"
        label={a.issuedOn}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <DatePicker allowClear={false} disabledDate={afterToday} />
      </Form.Item>
      <Form.Item
        name="receivedOn"
        label={a.feeReceivedOn}
        dependencies={['issuedOn']}
        rules={[notBefore('issuedOn', a.notBefore(a.issuedOn))]}
      >
        <DatePicker disabledDate={afterToday} />
      </Form.Item>
      {assessed !== null && (
        <Typography.Paragraph strong data-testid="fee-preview">
          {a.feePreview(yuan(values?.waived ? 0 : assessed))}
        </Typography.Paragraph>
      )}
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.ISSUE_FEE_NOTICE}
      </Button>
    </Form>
  );
}

export function RecordFeePaymentForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const fee = application.feeNotice;
  const action = useAction(application, (paidOn: Dayjs) =>
    execute(RecordFeePayment, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        paidOn: day(paidOn),
      },
    }),
  );
  return (
    <Form<{ paidOn: Dayjs }>
      layout="vertical"
      initialValues={{ paidOn: today() }}
      onFinish={(values) => action.mutate(values.paidOn)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      {fee && (
        <Typography.Paragraph>
          {a.feeDue(
            yuan(fee.amountFen),
            fee.paymentDueOn ? formatLocalDate(fee.paymentDueOn) : m.common.notYet,
          )}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="paidOn"
        label={a.paidOn}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <DatePicker
          allowClear={false}
          disabledDate={(value) =>
            afterToday(value) || (fee ? value.isBefore(fee.issuedOn, 'day') : false)
          }
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.RECORD_FEE_PAYMENT}
      </Button>
    </Form>
  );
}
