import type { TableColumnsType } from 'antd';
import type { Lang } from '../../../domain/shared/messages';
import type { User } from '../api/types';
import { formatDateTime } from '../format/datetime';
import type { Translate } from '../i18n/lang';
import { StatusTag } from '../ui/StatusTag';
import { roleLabel } from './role';

export const userText = {
  displayName: { zh: '姓名', en: 'Name' },
  username: { zh: '用户名', en: 'User name' },
  role: { zh: '角色', en: 'Role' },
  office: { zh: '办事处', en: 'Office' },
  phone: { zh: '手机号', en: 'Mobile' },
  email: { zh: '邮箱', en: 'Email' },
  lastLogin: { zh: '最近登录', en: 'Last sign-in' },
  status: { zh: '状态', en: 'Status' },
  lastLoginLine: { zh: '最近登录：{when}', en: 'Last sign-in: {when}' },
  neverLoggedIn: { zh: '从未登录', en: 'Never' },
  mustChange: { zh: '待改初始密码', en: 'Must change password' },
} as const;

/** The columns of a people table; `withOffice` adds the office column (not needed inside one office). */
export function userColumns(t: Translate, lang: Lang, opts: { withOffice: boolean }): TableColumnsType<User> {
  const dash = (v: string | null) => v || '—';
  const columns: TableColumnsType<User> = [
    { key: 'displayName', title: t(userText.displayName), dataIndex: 'displayName', fixed: 'left', width: 90 },
    { key: 'username', title: t(userText.username), dataIndex: 'username', width: 110 },
    { key: 'role', title: t(userText.role), dataIndex: 'role', width: 110, render: (r: string) => roleLabel(r, lang) },
    { key: 'office', title: t(userText.office), dataIndex: 'officeName', width: 110, render: dash },
    { key: 'phone', title: t(userText.phone), dataIndex: 'phone', width: 120, render: dash },
    {
      key: 'lastLoginAt',
      title: t(userText.lastLogin),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v, t(userText.neverLoggedIn)),
    },
    { key: 'active', title: t(userText.status), dataIndex: 'active', width: 90, render: (a: boolean) => <StatusTag active={a} /> },
  ];
  return opts.withOffice ? columns : columns.filter((c) => c.key !== 'office');
}
