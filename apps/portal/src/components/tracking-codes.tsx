import { Descriptions, Typography } from 'antd';
import { useMessages } from '../i18n/index.js';

/** The tracking number and the one-time query code, copyable, with how the receipt date is set. */
export function TrackingCodes(props: {
  trackingNumber: string;
  queryCode: string;
  receiptExplanation: string;
}) {
  const m = useMessages();
  return (
    <Descriptions column={1} bordered size="middle">
      <Descriptions.Item label={m.track.trackingNumber}>
        <Typography.Text strong copyable data-testid="tracking-number">
          {props.trackingNumber}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={m.track.queryCode}>
        <Typography.Text strong copyable data-testid="query-code">
          {props.queryCode}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={m.track.receivedOn}>{props.receiptExplanation}</Descriptions.Item>
    </Descriptions>
  );
}
