import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { User } from '../api/types';
import { formatDateTime } from '../format/datetime';
import { useLang, useT } from '../i18n/lang';
import { CompactList } from '../ui/CompactList';
import { StatusTag } from '../ui/StatusTag';
import { roleLabel } from './role';
import { userText } from './user-columns';

/** A people list for phone width: name, role and status, office and mobile, last sign-in. */
export function UserCompactList({ users, actions, emptyText }: { users: User[]; actions?: (user: User) => ReactNode; emptyText?: string }) {
  const t = useT();
  const { lang } = useLang();
  const items = users.map((u) => ({
    key: u.id,
    title: (
      <>
        {u.displayName} <Typography.Text type="secondary">{u.username}</Typography.Text>
      </>
    ),
    tags: (
      <>
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {roleLabel(u.role, lang)}
        </Tag>
        <StatusTag active={u.active} />
      </>
    ),
    lines: [[u.officeName, u.phone].filter(Boolean).join(' · ') || '—', t(userText.lastLoginLine, { when: formatDateTime(u.lastLoginAt, t(userText.neverLoggedIn)) })],
    actions: actions?.(u),
  }));
  return <CompactList items={items} emptyText={emptyText} testId="user-list-compact" />;
}
