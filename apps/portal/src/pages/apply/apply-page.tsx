import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/session.js';
import { isOrganisationKind } from '../../forms/field-rules.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ApiError, execute } from '../../graphql/client.js';
import { graphql } from '../../graphql/generated/index.js';
import { errorText, useMessages } from '../../i18n/index.js';
import { FilingForm } from './filing-form.js';
import { FilingReceipt } from './filing-receipt.js';
import { FilingReview } from './filing-review.js';
import { filingInput, type FilingValues, newIdempotencyKey } from './filing-values.js';

const SubmitApplication = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      trackingNumber
      queryCode
      agencyName
      submittedOn
      status
      receipt {
        status
        explanation
        receivedOn
      }
    }
  }
`);

/** The fields the server names in `problems` are the form's field paths (`applicant.idNumber`). */
const fieldPath = (field: string) => field.split('.');

/** File an application online: the form, a review step, then the tracking number and code. */
export function ApplyPage() {
  const m = useMessages();
  const [form] = Form.useForm<FilingValues>();
  const [params] = useSearchParams();
  const [step, setStep] = useState(0);
  const [input, setInput] = useState<FilingValues | null>(null);
  // One key per filing: pressing submit twice (or a retry after a lost answer) files once.
  const [idempotencyKey] = useState(newIdempotencyKey);

  const submit = useMutation({
    mutationFn: (values: FilingValues) =>
      execute(SubmitApplication, { input: { ...values, idempotencyKey } }),
    onSuccess: () => setStep(2),
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const problems = error.problems.length
        ? error.problems
        : error.code === 'APPLICATION.UNKNOWN_AGENCY'
          ? [{ field: 'agencyCode', code: error.code }]
          : [];
      if (problems.length === 0) return;
      form.setFields(
        problems.map((p) => ({
          name: fieldPath(p.field) as never,
          errors: [errorText(m, p.code)],
        })),
      );
      setStep(0);
    },
  });

  // A signed-in applicant's token goes with the filing: the api links it to the account.
  const { session, hasRole } = useSession();
  const applicant = hasRole('APPLICANT') ? session?.user : undefined;

  const review = (values: FilingValues) => {
    setInput(filingInput(values, isOrganisationKind(values.applicant.kind)));
    submit.reset();
    setStep(1);
  };

  return (
    <>
      <Typography.Title level={2}>{m.apply.title}</Typography.Title>
      {applicant && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={m.account.filingLinked(applicant.displayName)}
        />
      )}
      <Steps
        current={step}
        items={[
          { title: m.apply.steps.fill },
          { title: m.apply.steps.review },
          { title: m.apply.steps.done },
        ]}
        style={{ marginBottom: 24 }}
      />
      <ApiErrorAlert error={submit.error} />
      <Form<FilingValues>
        form={form}
        layout="vertical"
        hidden={step !== 0}
        initialValues={{
          agencyCode: params.get('agency') ?? '',
          applicant: { kind: 'NATURAL_PERSON', idType: 'RESIDENT_ID' },
          request: { requestedForm: 'PAPER', obtainingMethod: 'POST' },
        }}
        onFinish={review}
        scrollToFirstError
      >
        <FilingForm form={form} />
        <Button type="primary" htmlType="submit" size="large">
          {m.apply.toReview}
        </Button>
      </Form>
      {step === 1 && input && (
        <>
          <FilingReview values={input} />
          <Space style={{ marginTop: 16 }}>
            <Button onClick={() => setStep(0)} disabled={submit.isPending}>
              {m.common.back}
            </Button>
            <Button
              type="primary"
              size="large"
              loading={submit.isPending}
              onClick={() => submit.mutate(input)}
            >
              {m.apply.submit}
            </Button>
          </Space>
        </>
      )}
      {step === 2 && submit.data && <FilingReceipt submitted={submit.data.submitApplication} />}
    </>
  );
}
