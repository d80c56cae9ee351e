import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title, a line saying what the page is for, and its main buttons. */
export function PageHeader({ title, description, extra }: { title: ReactNode; description?: ReactNode; extra?: ReactNode }) {
  return (
    <Flex wrap justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0, flex: '1 1 240px' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {description ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {description}
          </Typography.Paragraph>
        ) : null}
      </div>
      {extra ? (
        <Flex wrap gap={8}>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
