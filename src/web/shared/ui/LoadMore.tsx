import { Button, Flex, Typography } from 'antd';
import { useT } from '../i18n/lang';
import { common } from '../text';

/** The "加载更多" row under a keyset-paged list. */
export function LoadMore({ shown, hasMore, loading, onMore }: { shown: number; hasMore: boolean; loading: boolean; onMore: () => void }) {
  const t = useT();
  return (
    <Flex justify="center" align="center" gap={12} wrap style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">{t(hasMore ? common.shownCount : common.allShown, { n: shown })}</Typography.Text>
      {hasMore ? (
        <Button onClick={onMore} loading={loading} data-testid="load-more">
          {t(common.loadMore)}
        </Button>
      ) : null}
    </Flex>
  );
}
