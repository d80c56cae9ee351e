import type { ReactNode } from 'react';
import type { Office } from '../api/types';
import { useT } from '../i18n/lang';
import { CompactList } from '../ui/CompactList';
import { StatusTag } from '../ui/StatusTag';
import { officeText } from './office-columns';

/** An office list for phone width: name and status, managers and staff, address and region code. */
export function OfficeCompactList({ offices, actions }: { offices: Office[]; actions?: (office: Office) => ReactNode }) {
  const t = useT();
  const items = offices.map((o) => ({
    key: o.id,
    title: o.name,
    tags: <StatusTag active={o.active} kind="office" />,
    lines: [
      t(officeText.managersLine, { names: o.managers.map((m) => m.displayName).join('、') || t(officeText.noManager), n: o.staff }),
      [o.address, o.regionCode].filter(Boolean).join(' · ') || '—',
    ],
    actions: actions?.(o),
  }));
  return <CompactList items={items} testId="office-list-compact" />;
}
