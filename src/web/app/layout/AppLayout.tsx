import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Layout, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useT } from '../../shared/i18n/lang';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { useSession } from '../session';
import { Brand } from './Brand';
import { NavMenu } from './nav';
import { UserMenu } from './UserMenu';

const layoutText = { openMenu: { zh: '打开菜单', en: 'Open menu' } } as const;

/** The signed-in frame: side navigation (a drawer at phone width), header with organisation, language and user menu. */
export function AppLayout() {
  const { me } = useSession();
  const t = useT();
  const isMobile = useIsMobile();
  const { token } = theme.useToken();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setDrawerOpen(false), [pathname, isMobile]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? null : (
        <Layout.Sider width={208} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
          <Brand />
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: isMobile ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: isMobile ? 4 : 16,
          }}
        >
          {isMobile ? <Button type="text" icon={<MenuOutlined />} aria-label={t(layoutText.openMenu)} onClick={() => setDrawerOpen(true)} data-testid="nav-toggle" /> : null}
          <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }} data-testid="org-name">
            {me.org.name}
          </Typography.Text>
          {isMobile ? null : <LanguageSwitch size="small" />}
          <UserMenu compact={isMobile} />
        </Layout.Header>
        <Layout.Content style={{ padding: isMobile ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {isMobile ? (
        <Drawer placement="left" size={240} open={drawerOpen} onClose={() => setDrawerOpen(false)} closable={false} styles={{ body: { padding: 0 } }}>
          <Brand />
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
          <Flex justify="center" style={{ padding: 16 }}>
            <LanguageSwitch size="small" />
          </Flex>
        </Drawer>
      ) : null}
    </Layout>
  );
}
