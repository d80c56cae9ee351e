import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo, useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { LangProvider, useLang } from '../shared/i18n/lang';
import { useIsMobile, usePrefersReducedMotion } from '../shared/ui/use-media-query';
import { createQueryClient } from './query-client';
import { AppRoutes } from './router';

/**
 * antd speaks the chosen language (zh_CN first); the App wrapper gives messages and dialogs that locale too.
 * Cards are tighter at phone width. Someone whose system asks for reduced motion gets no animations.
 */
function LocalisedAntd({ children }: { children: ReactNode }) {
  const { lang } = useLang();
  const isMobile = useIsMobile();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(
    () => ({
      token: { colorPrimary: '#1d5fd1', motion: !reducedMotion },
      components: { Card: isMobile ? { bodyPadding: 16, headerPadding: 16 } : {} },
    }),
    [isMobile, reducedMotion],
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
