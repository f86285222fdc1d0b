import { Alert, App, Button, Result, Space } from 'antd';
import { useNavigate } from 'react-router';
import { TrackingCodes } from '../../components/tracking-codes.js';
import type { SubmitApplicationMutation } from '../../graphql/generated/graphql.js';
import { formatLocalDate } from '../../format/date.js';
import { useMessages } from '../../i18n/index.js';

type Submitted = SubmitApplicationMutation['submitApplication'];

/**
 * The tracking number and the query code, shown this once: the server keeps only the code's
 * hash, so the applicant must copy or print it now.
 */
export function FilingReceipt({ submitted }: { submitted: Submitted }) {
  const m = useMessages();
  const r = m.apply.receipt;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const both = `${m.track.trackingNumber}：${submitted.trackingNumber}\n${m.track.queryCode}：${submitted.queryCode}`;
  const copyBoth = async () => {
    try {
      await navigator.clipboard.writeText(both);
      void message.success(m.common.copied);
    } catch {
      void message.warning(r.copyFailed);
    }
  };
  return (
    <Result
      status="success"
      title={r.title}
      subTitle={r.subtitle(submitted.agencyName, formatLocalDate(submitted.submittedOn))}
    >
      <Alert
        type="warning"
        showIcon
        title={r.keepCode}
        description={r.cannotRecover}
        style={{ marginBottom: 16 }}
      />
      <TrackingCodes
        trackingNumber={submitted.trackingNumber}
        queryCode={submitted.queryCode}
        receiptExplanation={submitted.receipt.explanation}
      />
      <Space className="no-print" style={{ marginTop: 16 }} wrap>
        <Button onClick={() => void copyBoth()}>{r.copyBoth}</Button>
        <Button onClick={() => window.print()}>{m.common.print}</Button>
        <Button
          type="primary"
          onClick={() =>
            void navigate('/track', {
              state: { trackingNumber: submitted.trackingNumber, queryCode: submitted.queryCode },
            })
          }
        >
          {r.trackNow}
        </Button>
      </Space>
    </Result>
  );
}
