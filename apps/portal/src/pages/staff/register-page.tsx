import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Form, Radio, Result, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { TrackingCodes } from '../../components/tracking-codes.js';
import { isOrganisationKind } from '../../forms/field-rules.js';
import { todayInShanghai } from '../../format/date.js';
import { ApiError, execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import type {
  Channel,
  LetterKind,
  RegisterApplicationMutation,
} from '../../graphql/generated/graphql.js';
import { errorText, useMessages } from '../../i18n/index.js';
import { FilingForm } from '../apply/filing-form.js';
import { filingInput, type FilingValues, newIdempotencyKey } from '../apply/filing-values.js';

const RegisterApplication = graphql(`
  mutation RegisterApplication($input: RegisterApplicationInput!) {
    registerApplication(input: $input) {
      queryCode
      receipt {
        explanation
        receivedOn
      }
      application {
        id
        trackingNumber
      }
    }
  }
`);

interface RegisterValues extends FilingValues {
  channel: Exclude<Channel, 'ONLINE'>;
  letterKind?: LetterKind;
  arrivedOn: Dayjs;
  signedForOn?: Dayjs;
  confirmedOn?: Dayjs;
}

const day = (value?: Dayjs) => (value ? value.format('YYYY-MM-DD') : null);

/** An officer registers an application received in person, by letter or by fax (Art. 31). */
export function RegisterPage() {
  const m = useMessages();
  const r = m.register;
  const [form] = Form.useForm<RegisterValues>();
  const navigate = useNavigate();
  const channel = Form.useWatch('channel', form);
  const letterKind = Form.useWatch('letterKind', form);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const register = useMutation({
    mutationFn: (values: RegisterValues) => {
      const { applicant, request } = filingInput(
        { ...values, agencyCode: '' },
        isOrganisationKind(values.applicant.kind),
      );
      return execute(RegisterApplication, {
        input: {
          idempotencyKey,
          channel: values.channel,
          applicant,
          request,
          arrivedOn: day(values.arrivedOn),
          letterKind: values.channel === 'LETTER' ? (values.letterKind ?? null) : null,
          signedForOn: values.letterKind === 'REGISTERED' ? day(values.signedForOn) : null,
          confirmedOn: day(values.confirmedOn),
        },
      });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      form.setFields(
        error.problems.map((p) => ({
          name: p.field.split('.') as never,
          errors: [errorText(m, p.code)],
        })),
      );
    },
  });
  if (register.data)
    return (
      <Registered
        payload={register.data.registerApplication}
        onOpen={(id) => void navigate(`/staff/applications/${id}`)}
      />
    );
  const needsConfirmation =
    channel === 'FAX' || (channel === 'LETTER' && letterKind === 'ORDINARY');
  return (
    <>
      <Typography.Title level={2}>{r.title}</Typography.Title>
      <ApiErrorAlert error={register.error} />
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        scrollToFirstError
        initialValues={{
          channel: 'IN_PERSON',
          letterKind: 'REGISTERED',
          arrivedOn: dayjs(todayInShanghai()),
          applicant: { kind: 'NATURAL_PERSON', idType: 'RESIDENT_ID' },
          request: { requestedForm: 'PAPER', obtainingMethod: 'COLLECT_IN_PERSON' },
        }}
        onFinish={(values) => register.mutate(values)}
      >
        <Card title={r.receiptEvidence} style={{ marginBottom: 16 }}>
          <Form.Item name="channel" label={m.staff.channel}>
            <Radio.Group
              options={(['IN_PERSON', 'LETTER', 'FAX'] as const).map((value) => ({
                value,
                label: m.channel[value],
              }))}
            />
          </Form.Item>
          {channel === 'LETTER' && (
            <Form.Item name="letterKind" label={r.letterKind}>
              <Radio.Group
                options={[
                  { value: 'REGISTERED', label: r.registeredLetter },
                  { value: 'ORDINARY', label: r.ordinaryLetter },
                ]}
              />
            </Form.Item>
          )}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="arrivedOn"
                label={r.arrivedOn}
                rules={[{ required: true, message: m.validation.required }]}
              >
                <DatePicker allowClear={false} />
              </Form.Item>
            </Col>
            {channel === 'LETTER' && letterKind === 'REGISTERED' && (
              <Col xs={24} md={8}>
                <Form.Item
                  name="signedForOn"
                  label={r.signedForOn}
                  rules={[{ required: true, message: m.validation.required }]}
                >
                  <DatePicker />
                </Form.Item>
              </Col>
            )}
            {needsConfirmation && (
              <Col xs={24} md={8}>
                <Form.Item name="confirmedOn" label={r.confirmedOn} extra={r.confirmedOnHelp}>
                  <DatePicker />
                </Form.Item>
              </Col>
            )}
          </Row>
        </Card>
        <FilingForm form={form as never} withAgency={false} />
        <Button type="primary" htmlType="submit" size="large" loading={register.isPending}>
          {r.submit}
        </Button>
      </Form>
    </>
  );
}

function Registered({
  payload,
  onOpen,
}: {
  payload: RegisterApplicationMutation['registerApplication'];
  onOpen: (id: string) => void;
}) {
  const m = useMessages();
  return (
    <Result status="success" title={m.register.done}>
      <Alert type="warning" showIcon title={m.register.giveCode} style={{ marginBottom: 16 }} />
      <TrackingCodes
        trackingNumber={payload.application.trackingNumber}
        queryCode={payload.queryCode}
        receiptExplanation={payload.receipt.explanation}
      />
      <Button
        type="primary"
        style={{ marginTop: 16 }}
        onClick={() => onOpen(payload.application.id)}
      >
        {m.register.open}
      </Button>
    </Result>
  );
}
