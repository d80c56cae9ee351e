import { CheckCircleOutlined, EnvironmentOutlined, PhoneOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useT } from '../../shared/i18n/lang';
import type { VisitSummary } from './visit-record-api';
import { visitRecordText } from './visit-record-text';

/** A check-in's verdict in a word: 范围内 xx 米 (green), 超出范围 xxx 米 / 无定位 / 客户无坐标 (flagged, orange), 电话联系. */
export function CheckInVerdictTag({ visit }: { visit: Pick<VisitSummary, 'kind' | 'checkIn'> }) {
  const t = useT();
  const { status, distanceMetres } = visit.checkIn;
  if (visit.kind === 'phone' || !status) {
    return (
      <Tag icon={<PhoneOutlined />} color="orange" data-testid="check-in-verdict" data-status="phone">
        {t(visitRecordText.phoneContact)}
      </Tag>
    );
  }
  const text =
    status === 'within'
      ? t(visitRecordText.within, { m: distanceMetres ?? 0 })
      : status === 'outside'
        ? t(visitRecordText.outside, { m: distanceMetres ?? 0 })
        : status === 'no-position'
          ? t(visitRecordText.noPosition)
          : t(visitRecordText.customerNoLocation);
  const ok = status === 'within';
  return (
    <Tag icon={ok ? <CheckCircleOutlined /> : status === 'outside' ? <WarningOutlined /> : <EnvironmentOutlined />} color={ok ? 'success' : 'warning'} data-testid="check-in-verdict" data-status={status}>
      {text}
      {visit.checkIn.flagged ? ` · ${t(visitRecordText.flagged)}` : ''}
    </Tag>
  );
}
