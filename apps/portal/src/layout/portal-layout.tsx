import { Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { useMessages } from '../i18n/index.js';

export function PortalLayout() {
  const m = useMessages();
  const { pathname } = useLocation();
  const items = [
    { key: '/', label: <Link to="/">{m.nav.home}</Link> },
    { key: '/apply', label: <Link to="/apply">{m.nav.apply}</Link> },
    { key: '/track', label: <Link to="/track">{m.nav.track}</Link> },
  ];
  const selected = items.find((i) => i.key !== '/' && pathname.startsWith(i.key))?.key ?? '/';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Link to="/" style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {m.app.title}
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          items={items}
          style={{ flex: 1, minWidth: 0 }}
          aria-label={m.app.title}
        />
      </Layout.Header>
      <Layout.Content
        style={{ padding: '24px 16px', maxWidth: 1100, width: '100%', margin: '0 auto' }}
      >
        <main>
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">{m.app.footer}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
