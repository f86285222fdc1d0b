import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session.js';
import { useMessages } from '../i18n/index.js';

const PASSWORD_PATH = '/account/password';

export function PortalLayout() {
  const m = useMessages();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { session, hasRole, signOut } = useSession();
  const staff = hasRole('OFFICER', 'SUPERVISOR');
  const link = (to: string, label: string) => ({ key: to, label: <Link to={to}>{label}</Link> });
  // Administration: accounts for supervisors (of their agency and below) and administrators;
  // agencies and the audit trail for administrators. The api decides; the menu only hides.
  const admin = [
    ...(hasRole('SUPERVISOR', 'ADMIN') ? [link('/staff/users', m.nav.users)] : []),
    ...(hasRole('ADMIN')
      ? [
          link('/staff/agencies', m.nav.adminAgencies),
          link('/staff/audit-trail', m.nav.auditTrail),
          link('/staff/calendar', m.nav.calendar),
          link('/staff/test-email', m.nav.testEmail),
        ]
      : []),
  ];
  const items = staff
    ? [
        link('/staff', m.nav.worklist),
        link('/staff/register', m.nav.register),
        link('/deadlines', m.nav.calculator),
        link('/staff/statistics', m.nav.statistics),
        link('/staff/annual-report', m.nav.annualReport),
        ...(hasRole('SUPERVISOR', 'ADMIN') ? [link('/staff/dashboard', m.nav.dashboard)] : []),
        ...admin,
      ]
    : hasRole('ADMIN')
      ? // Administrators read no applications: the dashboard's counts and the administration.
        [link('/staff/dashboard', m.nav.dashboard), ...admin]
      : [
          link('/', m.nav.home),
          link('/apply', m.nav.apply),
          link('/track', m.nav.track),
          link('/published', m.nav.published),
          link('/agencies', m.nav.agencies),
          ...(hasRole('APPLICANT') ? [link('/account', m.nav.myApplications)] : []),
        ];
  // The longest menu path that starts the current path is the one to mark; the password page
  // (under /account for the applicants' sign-in) belongs to the header link, not to 我的申请.
  const selected =
    pathname === PASSWORD_PATH
      ? ''
      : (items
          .map((i) => i.key)
          .filter((key) => pathname === key || pathname.startsWith(key === '/' ? '/#' : `${key}/`))
          .sort((a, b) => b.length - a.length)[0] ?? '');
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
        <Space>
          {session ? (
            <>
              <Typography.Text style={{ color: '#fff' }}>
                {session.user.displayName}
              </Typography.Text>
              <Link to={PASSWORD_PATH} style={{ color: '#fff' }}>
                {m.nav.changePassword}
              </Link>
              <Button size="small" onClick={() => void signOut().then(() => navigate('/'))}>
                {m.nav.logout}
              </Button>
            </>
          ) : (
            <>
              <Link to="/account/login" style={{ color: '#fff' }}>
                {m.nav.applicantLogin}
              </Link>
              <Link to="/login" style={{ color: '#fff' }}>
                {m.nav.login}
              </Link>
            </>
          )}
        </Space>
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
