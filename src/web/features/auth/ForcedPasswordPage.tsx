import { App, Button, Typography } from 'antd';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { useLogout } from './api';
import { AuthFrame } from './AuthFrame';
import { ChangePasswordForm } from './ChangePasswordForm';
import { authText } from './text';

/** Shown instead of everything else while the person still has an initial or reset password. */
export function ForcedPasswordPage() {
  const { me } = useSession();
  const t = useT();
  const { message } = App.useApp();
  const logout = useLogout();
  return (
    <AuthFrame title={t(authText.forcedTitle)} subtitle={t(authText.forcedBody)} testId="forced-password-page">
      <Typography.Paragraph strong>
        {t(authText.signedInAs, { name: me.user.displayName, username: me.user.username, org: me.org.name })}
      </Typography.Paragraph>
      <ChangePasswordForm submitText={t(authText.setPassword)} onDone={() => void message.success(t(authText.passwordChanged))} />
      <Button type="link" style={{ paddingInline: 0, marginTop: 12 }} onClick={() => logout.mutate()}>
        {t(authText.logout)}
      </Button>
    </AuthFrame>
  );
}
