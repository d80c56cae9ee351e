import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { errorText, hasCode } from '../api/client';
import { useLang, useT } from '../i18n/lang';
import { common } from '../text';

/** Renders a query's data, or a skeleton while it loads, or the error with a retry button. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { lang } = useLang();
  const t = useT();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (query.isError) {
    return (
      <Result
        status={hasCode(query.error, 'FORBIDDEN') ? '403' : 'warning'}
        title={t(common.loadFailed)}
        subTitle={errorText(query.error, lang)}
        extra={<Button onClick={() => void query.refetch()}>{t(common.retry)}</Button>}
      />
    );
  }
  return <>{children(query.data)}</>;
}
