import { Button, Result } from 'antd';
import { Link } from 'react-router';
import type { ApiError } from '../../../shared/api/client';
import { useT } from '../../../shared/i18n/lang';
import { customersText } from '../text';
import { mergeText } from './text';

/** What a merged customer's page says instead of its stale record: where the archive lives now. */
export function MergedNotice({ error }: { error: ApiError }) {
  const t = useT();
  const target = (error.body as { mergedInto?: { id: string; name: string } | null }).mergedInto ?? null;
  return (
    <Result
      status="info"
      title={t(mergeText.goneTitle)}
      subTitle={target ? t(mergeText.goneBody, { name: target.name }) : t(mergeText.goneHidden)}
      data-testid="customer-merged"
      extra={
        <>
          {target ? (
            <Link to={`/customers/${target.id}`}>
              <Button type="primary" data-testid="customer-merged-open">
                {t(mergeText.openMerged, { name: target.name })}
              </Button>
            </Link>
          ) : null}
          <Link to="/customers">
            <Button>{t(customersText.backToList)}</Button>
          </Link>
        </>
      }
    />
  );
}
