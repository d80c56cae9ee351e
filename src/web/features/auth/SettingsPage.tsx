import { App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { endSessionLocally, useSession } from '../../app/session';
import { errorText } from '../../shared/api/client';
import { roleLabel } from '../../shared/entities/role';
import { userText } from '../../shared/entities/user-columns';
import { useLang, useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useLogoutAll } from './api';
import { ChangePasswordForm } from './ChangePasswordForm';
import { authText } from './text';

function ProfileCard() {
  const { me } = useSession();
  const { lang } = useLang();
  const t = useT();
  const items = [
    { key: 'name', label: t(userText.displayName), children: me.user.displayName },
    { key: 'username', label: t(userText.username), children: me.user.username },
    { key: 'role', label: t(userText.role), children: roleLabel(me.user.role, lang) },
    { key: 'office', label: t(userText.office), children: me.user.officeName ?? '—' },
    { key: 'org', label: t(authText.org), children: t(authText.orgWithCode, { name: me.org.name, code: me.org.code }) },
  ];
  return (
    <Card title={t(authText.profile)}>
      <Descriptions column={1} size="small" items={items} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t(authText.profileNote)}
      </Typography.Paragraph>
    </Card>
  );
}

function LogoutEverywhereCard() {
  const t = useT();
  const { lang } = useLang();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const logoutAll = useLogoutAll();
  const confirm = () =>
    modal.confirm({
      title: t(authText.logoutAllConfirm),
      content: t(authText.logoutAllConfirmBody),
      okText: t(authText.logoutAll),
      okButtonProps: { danger: true },
      onOk: () =>
        logoutAll.mutateAsync().then(
          ({ ended }) => {
            void message.success(t(authText.logoutAllDone, { n: ended }));
            endSessionLocally(client);
          },
          (err: unknown) => void message.error(errorText(err, lang)),
        ),
    });
  return (
    <Card title={t(authText.logoutAll)}>
      <Typography.Paragraph>{t(authText.logoutAllBody)}</Typography.Paragraph>
      <Button danger onClick={confirm} data-testid="logout-all">
        {t(authText.logoutAll)}
      </Button>
    </Card>
  );
}

/** 个人设置: read-only profile, change password, sign out everywhere. */
export function SettingsPage() {
  const t = useT();
  const { message } = App.useApp();
  return (
    <div data-testid="settings-page" style={{ maxWidth: 760 }}>
      <PageHeader title={t(authText.settingsTitle)} description={t(authText.settingsIntro)} />
      <Flex vertical gap={16}>
        <ProfileCard />
        <Card title={t(authText.changePassword)}>
          <ChangePasswordForm submitText={t(authText.changePassword)} onDone={() => void message.success(t(authText.passwordChanged))} />
        </Card>
        <LogoutEverywhereCard />
      </Flex>
    </div>
  );
}
