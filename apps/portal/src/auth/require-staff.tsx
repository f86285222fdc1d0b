import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../graphql/generated/graphql.js';
import { useMessages } from '../i18n/index.js';
import { useSession } from './session.js';

/** Staff pages: sign in first; a role the page does not serve sees why, not an empty page. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const m = useMessages();
  const { session, hasRole } = useSession();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    const login = roles.includes('APPLICANT') ? '/account/login' : '/login';
    return <Navigate to={`${login}?next=${next}`} replace />;
  }
  if (!hasRole(...roles))
    return <Result status="403" title="403" subTitle={m.errors['AUTH.FORBIDDEN']} />;
  return children;
}
