import { Card, Col, Row, Statistic } from 'antd';
import type { Office } from '../../shared/api/types';
import { OfficeCompactList } from '../../shared/entities/OfficeCompactList';
import { officeColumns } from '../../shared/entities/office-columns';
import { useT } from '../../shared/i18n/lang';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { homeText } from './text';
import { DataTable } from '../../shared/ui/DataTable';

/** Every office with staff counts and managers, for the organisation-wide roles. */
export function OfficesOverview({ offices }: { offices: Office[] }) {
  const t = useT();
  const isMobile = useIsMobile();
  const open = offices.filter((o) => o.active);
  const staff = open.reduce((sum, o) => sum + o.staff, 0);
  return (
    <Card title={t(homeText.offices)} style={{ marginBottom: 16 }} data-testid="offices-overview">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} sm={8}>
          <Statistic title={t(homeText.openOffices)} value={open.length} />
        </Col>
        <Col xs={12} sm={8}>
          <Statistic title={t(homeText.totalStaff)} value={staff} />
        </Col>
      </Row>
      {isMobile ? (
        <div style={{ margin: '0 -16px -16px' }}>
          <OfficeCompactList offices={offices} />
        </div>
      ) : (
        <DataTable<Office> size="small" columns={officeColumns(t)} dataSource={offices} />
      )}
    </Card>
  );
}
