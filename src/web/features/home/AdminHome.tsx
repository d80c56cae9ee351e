import { TeamOutlined, ShopOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ROLES } from '../../../domain/identity/roles';
import type { AuditEntry, HomeData } from '../../shared/api/types';
import { auditColumns } from '../../shared/entities/audit-columns';
import { roleLabel } from '../../shared/entities/role';
import { useLang, useT } from '../../shared/i18n/lang';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { OfficesOverview } from './OfficesOverview';
import { homeText } from './text';
import { DataTable } from '../../shared/ui/DataTable';

function AccountCounts({ counts }: { counts: NonNullable<HomeData['counts']> }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Card title={t(homeText.accounts)} style={{ height: '100%' }} data-testid="account-counts">
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={12}>
          <Statistic title={t(homeText.activeUsers)} value={counts.activeUsers} />
        </Col>
        <Col span={12}>
          <Statistic title={t(homeText.inactiveUsers)} value={counts.inactiveUsers} />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t(homeText.byRoleNote)}
      </Typography.Text>
      <Flex wrap gap={8}>
        {ROLES.map((role) => (
          <Tag key={role} style={{ marginInlineEnd: 0 }}>
            {roleLabel(role, lang)} {counts.byRole[role] ?? 0}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

function Shortcuts() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card title={t(homeText.shortcuts)} style={{ height: '100%' }}>
      <Flex wrap gap={12}>
        <Button type="primary" icon={<TeamOutlined />} onClick={() => navigate('/users?create=1')} data-testid="shortcut-new-user">
          {t(homeText.newUser)}
        </Button>
        <Button icon={<ShopOutlined />} onClick={() => navigate('/offices?create=1')} data-testid="shortcut-new-office">
          {t(homeText.newOffice)}
        </Button>
      </Flex>
    </Card>
  );
}

function RecentAudit({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  const { lang } = useLang();
  const isMobile = useIsMobile();
  return (
    <Card title={t(homeText.recentAudit)} extra={<Link to="/audit">{t(homeText.viewAll)}</Link>} data-testid="recent-audit">
      <DataTable<AuditEntry>
        size="small"
        columns={auditColumns(t, lang, isMobile)}
        dataSource={entries}
        emptyText={t(homeText.noAudit)}
      />
    </Card>
  );
}

/** Accounts at a glance, shortcuts, the offices and the latest administrative actions. */
export function AdminHome({ data }: { data: HomeData }) {
  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          {data.counts ? <AccountCounts counts={data.counts} /> : null}
        </Col>
        <Col xs={24} lg={10}>
          <Shortcuts />
        </Col>
      </Row>
      <OfficesOverview offices={data.offices ?? []} />
      <RecentAudit entries={data.recentAudit ?? []} />
    </>
  );
}
