import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { defaultMessages, MessagesContext } from './i18n/index.js';
import { PortalLayout } from './layout/portal-layout.js';
import { RequireRole } from './auth/require-staff.js';
import { SessionProvider } from './auth/session.js';
import { useSession } from './auth/session.js';
import { AgenciesAdminPage } from './pages/admin/agencies-admin-page.js';
import { AuditTrailPage } from './pages/admin/audit-trail-page.js';
import { CalendarPage } from './pages/admin/calendar-page.js';
import { TestEmailPage } from './pages/admin/test-email-page.js';
import { UsersPage } from './pages/admin/users-page.js';
import { AccountConfirmPage, AccountRegisterPage } from './pages/account/account-register-page.js';
import {
  ChangePasswordPage,
  ForgotPasswordPage,
  ResetPasswordPage,
} from './pages/account/password-pages.js';
import { MyApplicationPage } from './pages/account/my-application-page.js';
import { MyApplicationsPage } from './pages/account/my-applications-page.js';
import { AgenciesPage } from './pages/agencies-page.js';
import { ApplyPage } from './pages/apply/apply-page.js';
import { HomePage } from './pages/home-page.js';
import { LoginPage } from './pages/login-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { PublishedStatisticsPage } from './pages/published-statistics-page.js';
import { StatisticsPage } from './pages/staff/statistics-page.js';
import { AnnualReportPage } from './pages/staff/annual-report-page.js';
import { ApplicationPage } from './pages/staff/application-page.js';
import { DashboardPage } from './pages/staff/dashboard-page.js';
import { DeadlineCalculatorPage } from './pages/staff/deadline-calculator-page.js';
import { RegisterPage } from './pages/staff/register-page.js';
import { WorklistPage } from './pages/staff/worklist-page.js';
import { TrackPage } from './pages/track-page.js';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

/** Pages for case officers and supervisors (administrators read no applications). */
const Staff = ({ children }: { children: ReactNode }) => (
  <RequireRole roles={['OFFICER', 'SUPERVISOR']}>{children}</RequireRole>
);

/** Administration pages: the administrator's (the API lets supervisors list accounts too). */
const Admin = ({ children }: { children: ReactNode }) => (
  <RequireRole roles={['ADMIN']}>{children}</RequireRole>
);

/** /staff: the worklist; an administrator (who reads no applications) lands on 账户管理. */
function StaffHome() {
  const { hasRole } = useSession();
  if (hasRole('ADMIN') && !hasRole('OFFICER', 'SUPERVISOR')) {
    return <Navigate to="/staff/users" replace />;
  }
  return (
    <Staff>
      <WorklistPage />
    </Staff>
  );
}

export function App() {
  return (
    <MessagesContext.Provider value={defaultMessages}>
      <ConfigProvider
        locale={zhCNLocale}
        theme={{ token: { colorPrimary: '#b71c1c' } }}
        // No space between two CJK characters in buttons: screen readers read "查询", not "查 询".
        button={{ autoInsertSpace: false }}
      >
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <SessionProvider>
              <BrowserRouter>
                <Routes>
                  <Route element={<PortalLayout />}>
                    <Route index element={<HomePage />} />
                    <Route path="apply" element={<ApplyPage />} />
                    <Route path="track" element={<TrackPage />} />
                    <Route path="login" element={<LoginPage />} />
                    <Route path="deadlines" element={<DeadlineCalculatorPage />} />
                    <Route path="published" element={<PublishedStatisticsPage />} />
                    <Route path="agencies" element={<AgenciesPage />} />
                    <Route path="account">
                      <Route
                        index
                        element={
                          <RequireRole roles={['APPLICANT']}>
                            <MyApplicationsPage />
                          </RequireRole>
                        }
                      />
                      <Route
                        path="applications/:trackingNumber"
                        element={
                          <RequireRole roles={['APPLICANT']}>
                            <MyApplicationPage />
                          </RequireRole>
                        }
                      />
                      <Route path="login" element={<LoginPage audience="applicant" />} />
                      <Route path="register" element={<AccountRegisterPage />} />
                      <Route path="confirm" element={<AccountConfirmPage />} />
                      <Route
                        path="password"
                        element={
                          <RequireRole roles={['APPLICANT', 'OFFICER', 'SUPERVISOR', 'ADMIN']}>
                            <ChangePasswordPage />
                          </RequireRole>
                        }
                      />
                    </Route>
                    <Route path="forgot-password" element={<ForgotPasswordPage />} />
                    <Route path="reset-password" element={<ResetPasswordPage />} />
                    <Route path="staff">
                      <Route index element={<StaffHome />} />
                      <Route
                        path="register"
                        element={
                          <Staff>
                            <RegisterPage />
                          </Staff>
                        }
                      />
                      <Route
                        path="applications/:id"
                        element={
                          <Staff>
                            <ApplicationPage />
                          </Staff>
                        }
                      />
                      <Route
                        path="statistics"
                        element={
                          <Staff>
                            <StatisticsPage />
                          </Staff>
                        }
                      />
                      <Route
                        path="annual-report"
                        element={
                          <Staff>
                            <AnnualReportPage />
                          </Staff>
                        }
                      />
                      <Route
                        path="dashboard"
                        element={
                          <RequireRole roles={['SUPERVISOR', 'ADMIN']}>
                            <DashboardPage />
                          </RequireRole>
                        }
                      />
                      <Route
                        path="users"
                        element={
                          <RequireRole roles={['SUPERVISOR', 'ADMIN']}>
                            <UsersPage />
                          </RequireRole>
                        }
                      />
                      <Route
                        path="agencies"
                        element={
                          <Admin>
                            <AgenciesAdminPage />
                          </Admin>
                        }
                      />
                      <Route
                        path="audit-trail"
                        element={
                          <Admin>
                            <AuditTrailPage />
                          </Admin>
                        }
                      />
                      <Route
                        path="calendar"
                        element={
                          <Admin>
                            <CalendarPage />
                          </Admin>
                        }
                      />
                      <Route
                        path="test-email"
                        element={
                          <Admin>
                            <TestEmailPage />
                          </Admin>
                        }
                      />
                    </Route>
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </BrowserRouter>
            </SessionProvider>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </MessagesContext.Provider>
  );
}
