import { Card, Typography } from 'antd';
import type { HomeData, User } from '../../shared/api/types';
import { UserCompactList } from '../../shared/entities/UserCompactList';
import { userColumns } from '../../shared/entities/user-columns';
import { useLang, useT } from '../../shared/i18n/lang';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { AdminHome } from './AdminHome';
import { OfficeCard } from './OfficeCard';
import { OfficesOverview } from './OfficesOverview';
import { homeText } from './text';
import { DataTable } from '../../shared/ui/DataTable';

function TeamCard({ team }: { team: User[] }) {
  const t = useT();
  const { lang } = useLang();
  const isMobile = useIsMobile();
  return (
    <Card title={t(homeText.team)} data-testid="team">
      <Typography.Paragraph type="secondary">{t(homeText.teamIntro)}</Typography.Paragraph>
      {isMobile ? (
        <div style={{ margin: '0 -16px' }}>
          <UserCompactList users={team} />
        </div>
      ) : (
        <DataTable<User> size="small" columns={userColumns(t, lang, { withOffice: false })} dataSource={team} />
      )}
    </Card>
  );
}

/** The body of the home page for the role the server says this is. */
export function RoleHome({ data }: { data: HomeData }) {
  switch (data.role) {
    case 'rep':
      return <OfficeCard office={data.office} />;
    case 'office_manager':
      return (
        <>
          <OfficeCard office={data.office} />
          <TeamCard team={data.team ?? []} />
        </>
      );
    case 'admin':
      return <AdminHome data={data} />;
    default:
      return <OfficesOverview offices={data.offices ?? []} />;
  }
}
