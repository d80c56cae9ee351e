import { Tag } from 'antd';
import { useT } from '../i18n/lang';
import { common } from '../text';

/** 在用 / 已停用 for a person, 正常 / 已停用 for an office. */
export function StatusTag({ active, kind = 'user' }: { active: boolean; kind?: 'user' | 'office' }) {
  const t = useT();
  const on = kind === 'office' ? common.officeOpen : common.active;
  const off = kind === 'office' ? common.officeClosed : common.inactive;
  return <Tag color={active ? 'green' : 'default'}>{t(active ? on : off)}</Tag>;
}
