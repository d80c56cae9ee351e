import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang, useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { customerFieldLabel } from '../customers/labels';
import { CheckInVerdictTag } from './CheckInVerdictTag';
import { PlanGradeBadge } from './PlanGradeBadge';
import { useVisitRecord, type VisitRecord } from './visit-record-api';
import { visitRecordText } from './visit-record-text';
import { VisitRecordForm } from './VisitRecordForm';
import { VisitRecordPhotos } from './VisitRecordPhotos';

/** What a manager reads: the answers the visit changed (before → after), notes and next steps. */
function RecordSummary({ visit }: { visit: VisitRecord }) {
  const t = useT();
  const { lang } = useLang();
  const answers = Object.entries(visit.answers);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          ...answers.map(([item, change]) => ({
            key: item,
            label: customerFieldLabel(item, lang),
            children: `${change.before ?? t(visitRecordText.empty)} → ${change.after ?? t(visitRecordText.empty)}`,
          })),
          { key: 'notes', label: t(visitRecordText.notes), children: <span style={{ whiteSpace: 'pre-wrap' }}>{visit.notes ?? '—'}</span> },
          { key: 'nextSteps', label: t(visitRecordText.nextSteps), children: <span style={{ whiteSpace: 'pre-wrap' }}>{visit.nextSteps ?? '—'}</span> },
        ]}
      />
    </Card>
  );
}

function Record({ visit }: { visit: VisitRecord }) {
  const t = useT();
  const { lang } = useLang();
  const { me, can } = useSession();
  const editable = can('visit.record') && visit.repId === me.user.id && visit.profile !== null;
  const message = lang === 'en' ? visit.checkIn.message_en : visit.checkIn.message;
  const photos = (
    <Card size="small" title={t(visitRecordText.photos)} style={{ marginBottom: 16 }}>
      {visit.photos.length === 0 && !editable ? <Typography.Text type="secondary">—</Typography.Text> : <VisitRecordPhotos visit={visit} editable={editable} />}
    </Card>
  );
  return (
    <div data-testid="visit-record" data-visit={visit.id} style={{ maxWidth: 720 }}>
      <Link to={editable ? '/visits/today' : `/customers/${visit.customerId}`} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t(editable ? visitRecordText.backToToday : visitRecordText.backToCustomer)}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <Link to={`/customers/${visit.customerId}`} data-testid="visit-customer">
              {visit.customerName}
            </Link>
            <PlanGradeBadge grade={visit.customerGrade} />
            {visit.planned ? null : (
              <Tag color="purple" data-testid="visit-unplanned">
                {t(visitRecordText.unplannedTag)}
              </Tag>
            )}
          </Flex>
        }
        description={
          <Flex vertical gap={4}>
            {editable ? null : <span>{t(visitRecordText.readOnly, { rep: visit.repName })}</span>}
            {visit.customerAddress ? <span>{visit.customerAddress}</span> : null}
            <Flex gap={6} wrap align="center">
              <CheckInVerdictTag visit={visit} />
              <span>{t(visitRecordText.checkedInAt, { time: formatDateTime(visit.checkIn.at) })}</span>
              {visit.checkOut ? <Tag data-testid="checked-out">{t(visitRecordText.checkedOut, { time: formatDateTime(visit.checkOut.at).slice(11) })}</Tag> : null}
            </Flex>
          </Flex>
        }
      />
      {message && visit.checkIn.status !== 'within' ? <Alert type="warning" showIcon title={message} style={{ marginBottom: 16 }} data-testid="check-in-message" /> : null}
      {editable ? <VisitRecordForm visit={visit} photos={photos} /> : <RecordSummary visit={visit} />}
      {editable ? null : photos}
    </div>
  );
}

/** /visits/:id — one visit record: the verdict of the check-in, the questionnaire, notes, photos, 签退. */
export function VisitRecordPage() {
  const { id = '' } = useParams();
  const visit = useVisitRecord(id);
  return <QueryView query={visit}>{(v) => <Record visit={v} />}</QueryView>;
}
