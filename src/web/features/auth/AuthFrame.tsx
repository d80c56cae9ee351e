import { Card, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';

/** The frame of the pages outside the app shell (login, forced password change): brand, language switch, one card. */
export function AuthFrame({ title, subtitle, children, testId }: { title: string; subtitle?: ReactNode; children: ReactNode; testId: string }) {
  const { token } = theme.useToken();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: token.colorBgLayout }} data-testid={testId}>
      <Flex justify="space-between" align="center" style={{ padding: '12px 16px' }} gap={8}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          客情 Keqing
        </Typography.Text>
        <LanguageSwitch size="small" />
      </Flex>
      <Flex justify="center" align="flex-start" style={{ flex: 1, padding: '4vh 12px 24px' }}>
        <Card style={{ width: '100%', maxWidth: 420 }}>
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: subtitle ? 4 : 16 }}>
            {title}
          </Typography.Title>
          {subtitle ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
              {subtitle}
            </Typography.Paragraph>
          ) : null}
          {children}
        </Card>
      </Flex>
    </Flex>
  );
}
