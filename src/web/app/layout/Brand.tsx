import { Flex, Typography, theme } from 'antd';

/** 客情 Keqing, at the top of the navigation. */
export function Brand() {
  const { token } = theme.useToken();
  return (
    <Flex align="center" gap={8} style={{ height: 64, padding: '0 24px' }}>
      <Flex
        align="center"
        justify="center"
        style={{ width: 28, height: 28, borderRadius: 6, background: token.colorPrimary, color: '#fff', fontWeight: 700 }}
        aria-hidden
      >
        客
      </Flex>
      <Typography.Text strong style={{ fontSize: 16 }}>
        客情 Keqing
      </Typography.Text>
    </Flex>
  );
}
