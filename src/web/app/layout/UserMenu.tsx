import { DownOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/auth/api';
import { roleLabel } from '../../shared/entities/role';
import { useLang, useT } from '../../shared/i18n/lang';
import { useSession } from '../session';

export const userMenuText = {
  settings: { zh: '个人设置', en: 'My account' },
  logout: { zh: '退出登录', en: 'Sign out' },
  menu: { zh: '用户菜单', en: 'User menu' },
} as const;

/** The person's name and role in the header, opening 个人设置 and 退出登录. */
export function UserMenu({ compact }: { compact: boolean }) {
  const { me } = useSession();
  const { lang } = useLang();
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();
  const role = roleLabel(me.user.role, lang);
  const items = [
    { key: 'who', label: `${me.user.displayName} · ${role}`, disabled: true },
    { type: 'divider' as const },
    { key: 'settings', icon: <SettingOutlined />, label: t(userMenuText.settings), onClick: () => navigate('/settings') },
    { type: 'divider' as const },
    { key: 'logout', icon: <LogoutOutlined />, label: t(userMenuText.logout), onClick: () => logout.mutate(), danger: true },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" aria-label={t(userMenuText.menu)} data-testid="user-menu" style={{ height: 'auto', padding: '4px 8px' }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} />
          <Typography.Text strong data-testid="user-name">
            {me.user.displayName}
          </Typography.Text>
          {compact ? null : (
            <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="user-role">
              {role}
            </Tag>
          )}
          <DownOutlined style={{ fontSize: 10 }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
