// How an application ends early — deemed withdrawn (no supplement or fee by the deadline), a
// written withdrawal recorded by the officer — and what may follow a decision: an administrative
// reconsideration or lawsuit and its result (table 四).
import { Button, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { formatLocalDate } from '../../format/date.js';
import { execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type {
  DeemedWithdrawnReason,
  ReviewKind,
  ReviewResult,
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

const CloseAsDeemedWithdrawn = graphql(`
  mutation CloseAsDeemedWithdrawn($input: CloseAsDeemedWithdrawnInput!) {
    closeAsDeemedWithdrawn(input: $input) {
      application {
        id
      }
    }
  }
`);
const RecordReview = graphql(`
  mutation RecordReview($input: RecordReviewInput!) {
    recordReview(input: $input) {
      application {
        id
      }
    }
  }
`);
const RecordWithdrawal = graphql(`
  mutation RecordWithdrawal($input: RecordWithdrawalInput!) {
    recordWithdrawal(input: $input) {
      application {
        id
      }
    }
  }
`);

/** The server's limit for closing and withdrawal notes (APPLICATION_TEXT_LIMITS). */
const NOTE_MAX = 1000;

export function CloseAsDeemedWithdrawnForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  // The reason follows from what the applicant did not do; the server refuses the other one.
  const reason: DeemedWithdrawnReason =
    application.status === 'AWAITING_FEE' ? 'FEE_UNPAID' : 'NO_SUPPLEMENT';
  const action = useAction(application, (note: string) =>
    execute(CloseAsDeemedWithdrawn, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        reason,
        note,
      },
    }),
  );
  return (
    <Form<{ note: string }>
      layout="vertical"
      onFinish={(values) => action.mutate(values.note.trim())}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Typography.Paragraph>{a.deemedWithdrawnHelp}</Typography.Paragraph>
      <Typography.Paragraph>
        {a.deemedWithdrawnReason}：{a.deemedWithdrawnReasons[reason]}
      </Typography.Paragraph>
      <Form.Item
        name="note"
        label={a.closingNote}
        rules={[
          { required: true, whitespace: true, message: m.validation.required },
          { max: NOTE_MAX },
        ]}
      >
        <Input.TextArea rows={3} maxLength={NOTE_MAX} />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" loading={action.isPending}>
        {a.names.CLOSE_AS_DEEMED_WITHDRAWN}
      </Button>
    </Form>
  );
}

const NEW_REVIEW = 'new';

interface ReviewValues {
  reviewId: string;
  kind: ReviewKind;
  filedOn: Dayjs;
  result: ReviewResult;
  resultOn?: Dayjs | null;
}

export function RecordReviewForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const [form] = Form.useForm<ReviewValues>();
  const result = Form.useWatch('result', form);
  const reviewId = Form.useWatch('reviewId', form);
  const existing = application.reviews.find((r) => r.id === reviewId);
  const action = useAction(application, (values: ReviewValues) =>
    execute(RecordReview, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        reviewId: values.reviewId === NEW_REVIEW ? null : values.reviewId,
        kind: values.kind,
        filedOn: day(values.filedOn) as string,
        result: values.result,
        resultOn: values.result === 'PENDING' ? null : day(values.resultOn),
      },
    }),
  );
  return (
    <Form<ReviewValues>
      form={form}
      layout="vertical"
      initialValues={{
        reviewId: NEW_REVIEW,
        kind: 'RECONSIDERATION',
        filedOn: today(),
        result: 'PENDING',
      }}
      onValuesChange={(changed: Partial<ReviewValues>) => {
        // Updating a recorded review: its kind and filing date stay as recorded.
        const picked = application.reviews.find((r) => r.id === changed.reviewId);
        if (picked) {
          form.setFieldsValue({
            kind: picked.kind,
            filedOn: dayjs(picked.filedOn),
            result: picked.result,
            resultOn: picked.resultOn ? dayjs(picked.resultOn) : null,
          });
        }
      }}
      onFinish={(values) => action.mutate(values)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Typography.Paragraph>{a.reviewHelp}</Typography.Paragraph>
      {application.reviews.length > 0 && (
        <Form.Item name="reviewId" label={a.review}>
          <Select
            options={[
              { value: NEW_REVIEW, label: a.newReview },
              ...application.reviews.map((r) => ({
                value: r.id,
                label: a.reviewOption(a.reviewKinds[r.kind], formatLocalDate(r.filedOn)),
              })),
            ]}
          />
        </Form.Item>
      )}
      <Form.Item name="kind" label={a.reviewKind}>
        <Radio.Group
          disabled={!!existing}
          options={(Object.keys(a.reviewKinds) as ReviewKind[]).map((value) => ({
            value,
            label: a.reviewKinds[value],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="filedOn"
        label={a.filedOn}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <DatePicker allowClear={false} disabled={!!existing} disabledDate={afterToday} />
      </Form.Item>
      <Form.Item name="result" label={a.reviewResult}>
        <Radio.Group
          options={(Object.keys(a.reviewResults) as ReviewResult[]).map((value) => ({
            value,
            label: a.reviewResults[value],
          }))}
        />
      </Form.Item>
      {result && result !== 'PENDING' && (
        <Form.Item
          name="resultOn"
          label={a.resultOn}
          dependencies={['filedOn']}
          rules={[
            { required: true, message: m.validation.required },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: Dayjs | null | undefined) => {
                const filed = getFieldValue('filedOn') as Dayjs | undefined;
                if (value && filed && value.isBefore(filed, 'day')) {
                  throw new Error(a.notBefore(a.filedOn));
                }
              },
            }),
          ]}
        >
          <DatePicker disabledDate={afterToday} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {a.names.RECORD_REVIEW}
      </Button>
    </Form>
  );
}

export function RecordWithdrawalForm({ application }: { application: ActionTarget }) {
  const m = useMessages();
  const a = m.actions;
  const action = useAction(application, (values: { note: string; withdrawnOn: Dayjs }) =>
    execute(RecordWithdrawal, {
      input: {
        applicationId: application.id,
        expectedVersion: application.version,
        note: values.note.trim(),
        withdrawnOn: day(values.withdrawnOn),
      },
    }),
  );
  return (
    <Form<{ note: string; withdrawnOn: Dayjs }>
      layout="vertical"
      initialValues={{ withdrawnOn: today() }}
      onFinish={(values) => action.mutate(values)}
    >
      <ActionError error={action.error} applicationId={application.id} />
      <Typography.Paragraph>{a.withdrawalHelp}</Typography.Paragraph>
      <Form.Item
        name="note"
        label={a.withdrawalNote}
        rules={[
          { required: true, whitespace: true, message: m.validation.required },
          { max: NOTE_MAX },
        ]}
      >
        <Input.TextArea rows={3} maxLength={NOTE_MAX} />
      </Form.Item>
      <Form.Item
        name="withdrawnOn"
        label={a.withdrawnOn}
        rules={[{ required: true, message: m.validation.required }]}
      >
        <DatePicker
          allowClear={false}
          disabledDate={(value) =>
            afterToday(value) ||
            (application.arrivedOn ? value.isBefore(application.arrivedOn, 'day') : false)
          }
        />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" loading={action.isPending}>
        {a.names.WITHDRAW}
      </Button>
    </Form>
  );
}
