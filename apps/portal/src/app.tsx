import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, Route, Routes } from 'react-router';
import { defaultMessages, MessagesContext } from './i18n/index.js';
import { PortalLayout } from './layout/portal-layout.js';
import { ApplyPage } from './pages/apply/apply-page.js';
import { HomePage } from './pages/home-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { TrackPage } from './pages/track-page.js';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

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
            <BrowserRouter>
              <Routes>
                <Route element={<PortalLayout />}>
                  <Route index element={<HomePage />} />
                  <Route path="apply" element={<ApplyPage />} />
                  <Route path="track" element={<TrackPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </MessagesContext.Provider>
  );
}
