import { Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useMessages } from '../../i18n/index.js';
import { type TrackKey, TrackingResult, useTracking } from '../track-page.js';

/**
 * One of the signed-in applicant's applications (a row of 我的申请): its progress by tracking
 * number alone — the api shows it only to the account that filed it, so no query code is asked.
 */
export function MyApplicationPage() {
  const m = useMessages();
  const { trackingNumber = '' } = useParams();
  const key: TrackKey = { trackingNumber, queryCode: null };
  const tracking = useTracking(key);
  return (
    <>
      <Typography.Title level={2}>{m.track.title}</Typography.Title>
      <Typography.Paragraph>
        <Link to="/account">{m.account.backToMyApplications}</Link>
      </Typography.Paragraph>
      <TrackingResult tracking={tracking} trackKey={key} />
    </>
  );
}
