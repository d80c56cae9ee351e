import { Empty, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';

export interface CompactItem {
  key: string;
  title: ReactNode;
  tags: ReactNode;
  lines: string[];
  actions?: ReactNode;
}

/** The phone-width stand-in for a wide table: one block per row with a title, tags, grey detail lines and actions. */
export function CompactList({ items, emptyText, testId }: { items: CompactItem[]; emptyText?: string; testId: string }) {
  const { token } = theme.useToken();
  if (!items.length) return <Empty description={emptyText} style={{ padding: 24 }} />;
  return (
    <div data-testid={testId}>
      {items.map((item) => (
        <div key={item.key} style={{ padding: '12px 16px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text strong>{item.title}</Typography.Text>
            <Flex gap={4}>{item.tags}</Flex>
          </Flex>
          {item.lines.map((line, i) => (
            <Typography.Text key={i} type="secondary" style={{ fontSize: 13, display: 'block', marginTop: i === 0 ? 4 : 0 }}>
              {line}
            </Typography.Text>
          ))}
          {item.actions ? <div style={{ marginInlineStart: -8, marginTop: 4 }}>{item.actions}</div> : null}
        </div>
      ))}
    </div>
  );
}
