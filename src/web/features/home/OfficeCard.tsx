import { Alert, Card, Descriptions } from 'antd';
import type { Office } from '../../shared/api/types';
import { officeText } from '../../shared/entities/office-columns';
import { useT } from '../../shared/i18n/lang';
import { StatusTag } from '../../shared/ui/StatusTag';
import { homeText } from './text';

/** The person's own office: address, manager(s), staff. */
export function OfficeCard({ office }: { office: Office | null }) {
  const t = useT();
  if (!office) return <Alert type="warning" showIcon title={t(homeText.noOffice)} style={{ marginBottom: 16 }} />;
  const managers = office.managers.map((m) => m.displayName).join('、');
  const items = [
    { key: 'managers', label: t(officeText.managers), children: managers || t(homeText.noManager) },
    { key: 'address', label: t(officeText.address), children: office.address ?? '—' },
    { key: 'region', label: t(officeText.regionCode), children: office.regionCode ?? '—' },
    { key: 'staff', label: t(officeText.staff), children: office.staff },
    { key: 'status', label: t(officeText.status), children: <StatusTag active={office.active} kind="office" /> },
  ];
  return (
    <Card title={`${t(homeText.myOffice)} · ${office.name}`} style={{ marginBottom: 16 }} data-testid="my-office">
      <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" items={items} />
    </Card>
  );
}
