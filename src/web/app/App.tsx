import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { LangProvider, useLang } from '../shared/i18n/lang';
import { useIsMobile } from '../shared/ui/use-is-mobile';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';

/**
 * antd speaks the chosen language (zh_CN first); the App wrapper gives messages and dialogs that locale too.
 * Cards are tighter at phone width.
 */
function LocalisedAntd({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  const isMobile = useIsMobile();
  const theme = useMemo(
    () => ({ token: { colorPrimary: '#1d5fd1' }, components: { Card: isMobile ? { bodyPadding: 16, headerPadding: 16 } : {} } }),
    [isMobile],
  );
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <LocalisedAntd>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </LocalisedAntd>
      </LangProvider>
    </QueryClientProvider>
  );
}
