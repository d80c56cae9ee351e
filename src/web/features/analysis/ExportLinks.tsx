import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { QueryValue } from '../../shared/api/client';
import { useT } from '../../shared/i18n/lang';
import { exportUrl } from './api';
import { analysisText } from './text';

/** Download the table as .xlsx or CSV, with the filters on screen. */
export function ExportLinks({ path, query }: { path: string; query: Record<string, QueryValue> }) {
  const t = useT();
  return (
    <>
      <Button size="small" icon={<DownloadOutlined />} href={exportUrl(path, { ...query, format: 'xlsx' })}>
        {t(analysisText.exportXlsx)}
      </Button>
      <Button size="small" href={exportUrl(path, { ...query, format: 'csv' })}>
        {t(analysisText.exportCsv)}
      </Button>
    </>
  );
}
