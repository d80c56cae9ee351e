import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { withQuery } from '../../shared/api/client';
import { useT } from '../../shared/i18n/lang';
import type { CustomerFilters } from './api';

const text = {
  export: { zh: '导出', en: 'Export' },
  xlsx: { zh: '导出 Excel（.xlsx）', en: 'Export as Excel (.xlsx)' },
  csv: { zh: '导出 CSV', en: 'Export as CSV' },
  hint: { zh: '导出当前筛选出的客户；文件改好后可再导入更新', en: 'Exports the customers the filters show; edit the file and import it to update them' },
  noDeleted: { zh: '已删除的客户不能导出', en: 'Deleted customers cannot be exported' },
} as const;

/** The address of an export of what the list shows for these filters (the browser downloads it with the session cookie). */
export function exportUrl(filters: CustomerFilters, format: 'xlsx' | 'csv'): string {
  const { deleted: _deleted, ...rest } = filters;
  return `/api${withQuery('/customers/export', { ...rest, unassigned: rest.unassigned || undefined, format })}`;
}

/** 导出: the customers the current filters show, as .xlsx or CSV, with headers the import reads back. */
export function ExportButton({ filters }: { filters: CustomerFilters }) {
  const t = useT();
  if (filters.deleted) {
    return (
      <Tooltip title={t(text.noDeleted)}>
        <Button icon={<DownloadOutlined />} disabled>
          {t(text.export)}
        </Button>
      </Tooltip>
    );
  }
  const item = (format: 'xlsx' | 'csv') => ({
    key: format,
    label: (
      <a href={exportUrl(filters, format)} download data-testid={`customer-export-${format}`}>
        {t(text[format])}
      </a>
    ),
  });
  return (
    <Dropdown trigger={['click']} menu={{ items: [{ key: 'hint', type: 'group', label: t(text.hint), children: [item('xlsx'), item('csv')] }] }}>
      <Button icon={<DownloadOutlined />} data-testid="customer-export">
        {t(text.export)}
      </Button>
    </Dropdown>
  );
}
