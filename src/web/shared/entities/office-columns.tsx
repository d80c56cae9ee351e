import type { TableColumnsType } from 'antd';
import type { Office } from '../api/types';
import type { Translate } from '../i18n/lang';
import { StatusTag } from '../ui/StatusTag';

export const officeText = {
  name: { zh: '名称', en: 'Name' },
  regionCode: { zh: '地区代码', en: 'Region code' },
  address: { zh: '地址', en: 'Address' },
  staff: { zh: '在职人数', en: 'Staff' },
  managers: { zh: '办事处经理', en: 'Managers' },
  status: { zh: '状态', en: 'Status' },
  noManager: { zh: '暂无', en: 'None yet' },
  managersLine: { zh: '经理：{names} · 在职 {n} 人', en: 'Manager: {names} · staff {n}' },
} as const;

/** The columns every office table shows: name, region code, address, staff, managers, status. */
export function officeColumns(t: Translate): TableColumnsType<Office> {
  const dash = (v: string | null) => v || '—';
  return [
    { key: 'name', title: t(officeText.name), dataIndex: 'name', fixed: 'left', width: 120 },
    { key: 'regionCode', title: t(officeText.regionCode), dataIndex: 'regionCode', render: dash, width: 100 },
    { key: 'address', title: t(officeText.address), dataIndex: 'address', render: dash, ellipsis: true },
    { key: 'staff', title: t(officeText.staff), dataIndex: 'staff', align: 'right', width: 90 },
    {
      key: 'managers',
      title: t(officeText.managers),
      dataIndex: 'managers',
      width: 120,
      render: (m: Office['managers']) => (m.length ? m.map((x) => x.displayName).join('、') : t(officeText.noManager)),
    },
    { key: 'active', title: t(officeText.status), dataIndex: 'active', width: 90, render: (a: boolean) => <StatusTag active={a} kind="office" /> },
  ];
}
