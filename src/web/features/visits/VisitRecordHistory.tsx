import { Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useLang, useT } from '../../shared/i18n/lang';
import { QueryView } from '../../shared/ui/QueryView';
import { customerFieldLabel } from '../customers/labels';
import { CheckInVerdictTag } from './CheckInVerdictTag';
import { useCustomerVisits, type VisitSummary } from './visit-record-api';
import { visitRecordText } from './visit-record-text';

function VisitEntry({ visit }: { visit: VisitSummary }) {
  const t = useT();
  const { lang } = useLang();
  const changed = Object.keys(visit.answers).map((item) => customerFieldLabel(item, lang));
  return (
    <Flex vertical gap={2} data-testid="customer-visit">
      <Flex gap={6} wrap align="center">
        <Link to={`/visits/${visit.id}`}>
          <Typography.Text strong>{visit.date}</Typography.Text>
        </Link>
        <span>{visit.repName}</span>
        <CheckInVerdictTag visit={visit} />
        {visit.planned ? null : <Tag color="purple">{t(visitRecordText.unplannedTag)}</Tag>}
        {visit.photoCount ? <Typography.Text type="secondary">{t(visitRecordText.photoCount, { n: visit.photoCount })}</Typography.Text> : null}
      </Flex>
      {changed.length ? <Typography.Text type="secondary">{t(visitRecordText.historyChanged, { items: changed.join('、') })}</Typography.Text> : null}
      {visit.notes ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{visit.notes}</Typography.Text> : null}
      {visit.nextSteps ? (
        <Typography.Text type="secondary">
          {t(visitRecordText.nextSteps)}：{visit.nextSteps}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** A customer's visits and calls, newest first (the customer page). */
export function VisitRecordHistory({ customerId }: { customerId: string }) {
  const t = useT();
  const visits = useCustomerVisits(customerId);
  return (
    <QueryView query={visits}>
      {(items) =>
        items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(visitRecordText.historyEmpty)} />
        ) : (
          <Timeline items={items.map((v) => ({ key: v.id, content: <VisitEntry visit={v} /> }))} />
        )
      }
    </QueryView>
  );
}
