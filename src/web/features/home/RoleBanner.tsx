import { Card, Typography } from 'antd';
import { useSession } from '../../app/session';
import { businessHour } from '../../shared/format/datetime';
import { roleLabel } from '../../shared/entities/role';
import { useLang, useT } from '../../shared/i18n/lang';
import { homeText, ROLE_DUTIES } from './text';

function greeting(hour: number) {
  if (hour < 12) return homeText.morning;
  if (hour < 18) return homeText.afternoon;
  return homeText.evening;
}

/** The workspace heading (e.g. 销售代表工作台), a greeting, and what the role does in Keqing. */
export function RoleBanner() {
  const { me } = useSession();
  const { lang } = useLang();
  const t = useT();
  const role = me.user.role;
  const place = [me.org.name, me.user.officeName].filter(Boolean).join(' · ');
  return (
    <Card style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }} data-testid="home-title">
        {t(homeText.workspace, { role: roleLabel(role, lang) })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t(greeting(businessHour()), { name: me.user.displayName })} · {place}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="role-duty">
        <Typography.Text strong>{t(homeText.duty)}</Typography.Text>
        {t(ROLE_DUTIES[role])}
      </Typography.Paragraph>
    </Card>
  );
}
