import { Checkbox, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang, useT } from '../../shared/i18n/lang';
import { CompactList } from '../../shared/ui/CompactList';
import { DataTable } from '../../shared/ui/DataTable';
import { CustomerStatusTag } from './CustomerStatusTag';
import { regionText, typeLabel } from './labels';
import { customersText } from './text';
import type { CustomerSummary, CustomerType } from './types';

interface Props {
  rows: CustomerSummary[];
  types: CustomerType[] | undefined;
  refreshing: boolean;
  compact: boolean;
  withOffice: boolean;
  /** Ticked rows, for bulk reassignment; without it the list has no checkboxes. */
  selection?: { ids: string[]; set: (ids: string[]) => void };
}

const nameLink = (c: CustomerSummary) => (
  <Link to={`/customers/${c.id}`} data-testid="customer-row-link">
    {c.name}
  </Link>
);

/** The customers found: a table on desktop, one block per customer at phone width; the name opens the archive. */
export function CustomerList({ rows, types, refreshing, compact, withOffice, selection }: Props) {
  const t = useT();
  const { lang } = useLang();
  const owner = (c: CustomerSummary) => c.ownerName ?? t(customersText.noOwner);
  if (compact) {
    const items = rows.map((c) => ({
      key: c.id,
      title: selection ? (
        <span style={{ display: 'inline-flex', gap: 8 }}>
          <Checkbox
            checked={selection.ids.includes(c.id)}
            onChange={(e) => selection.set(e.target.checked ? [...selection.ids, c.id] : selection.ids.filter((id) => id !== c.id))}
            aria-label={c.name}
            data-testid="customer-select"
          />
          {nameLink(c)}
        </span>
      ) : (
        nameLink(c)
      ),
      tags: <CustomerStatusTag status={c.status} />,
      lines: [
        [typeLabel(types, c.typeCode, lang), regionText(c.regionCode)].filter(Boolean).join(' · '),
        [owner(c), withOffice ? c.officeName : null, c.phones[0]].filter(Boolean).join(' · '),
      ],
    }));
    return <CompactList items={items} emptyText={t(customersText.noMatch)} testId="customer-list-compact" />;
  }
  const dash = (v: string | null) => v || '—';
  const columns: TableColumnsType<CustomerSummary> = [
    { key: 'name', title: t(customersText.name), fixed: 'left', width: 220, render: (_: unknown, c) => nameLink(c) },
    { key: 'type', title: t(customersText.type), dataIndex: 'typeCode', width: 120, render: (code: string) => typeLabel(types, code, lang) },
    { key: 'region', title: t(customersText.region), dataIndex: 'regionCode', width: 180, render: (code: string | null) => dash(regionText(code)) },
    { key: 'owner', title: t(customersText.owner), width: 90, render: (_: unknown, c) => (c.ownerName ? c.ownerName : <Typography.Text type="warning">{owner(c)}</Typography.Text>) },
    ...(withOffice ? [{ key: 'office', title: t(customersText.office), dataIndex: 'officeName', width: 110, render: dash }] : []),
    { key: 'status', title: t(customersText.status), dataIndex: 'status', width: 80, render: (_: unknown, c) => <CustomerStatusTag status={c.status} /> },
    { key: 'phones', title: t(customersText.phones), dataIndex: 'phones', width: 140, render: (p: string[]) => (p.length ? p.join('、') : '—') },
    { key: 'updated', title: t(customersText.updated), dataIndex: 'updatedAt', width: 140, render: (v: string) => formatDateTime(v) },
  ];
  return (
    <DataTable<CustomerSummary>
      columns={columns}
      dataSource={rows}
      loading={refreshing}
      emptyText={t(customersText.noMatch)}
      rowSelection={selection ? { selectedRowKeys: selection.ids, onChange: (keys) => selection.set(keys.map(String)), fixed: true } : undefined}
      onRow={() => ({ 'data-testid': 'customer-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
