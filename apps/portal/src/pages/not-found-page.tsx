import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useMessages } from '../i18n/index.js';

export function NotFoundPage() {
  const m = useMessages();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={m.common.notFound}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {m.nav.home}
        </Button>
      }
    />
  );
}
