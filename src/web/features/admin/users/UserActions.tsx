import { Button, Space } from 'antd';
import { useSession } from '../../../app/session';
import type { User } from '../../../shared/api/types';
import { useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { usersText } from './text';
import { useUserStatusAction } from './use-user-actions';

const selfText = { zh: '不能停用自己的账号', en: 'You cannot disable your own account' } as const;

/** 编辑 / 停用 or 启用 / 重置密码 for one user (administrators only). */
export function UserActions({ user, onEdit, onReset }: { user: User; onEdit: () => void; onReset: () => void }) {
  const { me } = useSession();
  const t = useT();
  const toggle = useUserStatusAction();
  const self = user.id === me.user.id;
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit}>
        {t(common.edit)}
      </Button>
      <Button type="link" size="small" danger={user.active} disabled={self} title={self ? t(selfText) : undefined} onClick={() => toggle(user)}>
        {t(user.active ? usersText.deactivate : usersText.activate)}
      </Button>
      <Button type="link" size="small" onClick={onReset}>
        {t(usersText.resetPassword)}
      </Button>
    </Space>
  );
}
