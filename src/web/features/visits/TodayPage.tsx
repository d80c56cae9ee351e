import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang, useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { CheckInButton } from './CheckInButton';
import { CheckInVerdictTag } from './CheckInVerdictTag';
import { PlanGradeBadge } from './PlanGradeBadge';
import { dayLabel } from './plan-dates';
import { useVisitDay, type DayStop, type VisitDay } from './visit-record-api';
import { visitRecordText } from './visit-record-text';
import { VisitRecordUnplannedModal } from './VisitRecordUnplannedModal';

const timeOf = (iso: string) => formatDateTime(iso).slice(11);
const km = (metres: number) => (metres / 1000).toFixed(1);

function StopStatus({ stop, next }: { stop: DayStop; next: boolean }) {
  const t = useT();
  const visit = stop.visit;
  if (!visit) return <CheckInButton customerId={stop.customerId} kind={stop.kind} block primary={next} />;
  return (
    <Flex vertical gap={8}>
      <Flex gap={6} wrap align="center">
        <CheckInVerdictTag visit={visit} />
        <Typography.Text type="secondary">{t(visitRecordText.checkedInAt, { time: timeOf(visit.checkIn.at) })}</Typography.Text>
        {visit.checkOut ? <Tag color="default">{t(visitRecordText.checkedOut, { time: timeOf(visit.checkOut.at) })}</Tag> : null}
      </Flex>
      <Link to={`/visits/${visit.id}`} data-testid="open-record">
        <Button block icon={<FileTextOutlined />}>
          {t(visitRecordText.openRecord)}
        </Button>
      </Link>
    </Flex>
  );
}

function StopCard({ stop, index, first, next }: { stop: DayStop; index: number; first: boolean; next: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const objective = lang === 'en' && stop.objectiveEn ? stop.objectiveEn : stop.objective;
  const distance =
    stop.kind === 'phone' ? null : stop.location === null ? t(visitRecordText.noLocation) : stop.distanceFromPreviousMetres === null ? null : t(first ? visitRecordText.fromStart : visitRecordText.fromPrevious, { km: km(stop.distanceFromPreviousMetres) });
  return (
    <Card size="small" data-testid="today-stop" data-customer={stop.customerId} data-done={stop.visit ? 'yes' : 'no'}>
      <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
        <Typography.Text strong style={{ width: 22, flex: 'none', fontSize: 16 }}>
          {stop.planned ? index : '·'}
        </Typography.Text>
        <Link to={`/customers/${stop.customerId}`} style={{ flex: '1 1 150px', minWidth: 0, fontSize: 16, overflowWrap: 'anywhere' }} data-testid="today-stop-name">
          {stop.customerName}
        </Link>
        <Flex gap={4} style={{ flex: 'none' }}>
          <PlanGradeBadge grade={stop.grade} />
          <Tag color={stop.kind === 'visit' ? 'blue' : 'orange'} style={{ marginInlineEnd: 0 }}>
            {t(stop.kind === 'visit' ? visitRecordText.visit : visitRecordText.phone)}
          </Tag>
          {stop.planned ? null : (
            <Tag color="purple" style={{ marginInlineEnd: 0 }} data-testid="unplanned-tag">
              {t(visitRecordText.unplannedTag)}
            </Tag>
          )}
        </Flex>
      </Flex>
      <div style={{ margin: '4px 0 10px 30px' }}>
        {objective ? <Typography.Paragraph style={{ margin: 0 }}>{objective}</Typography.Paragraph> : null}
        {stop.address ? (
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
            {stop.address}
          </Typography.Paragraph>
        ) : null}
        {distance ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="today-stop-distance">
            {distance}
          </Typography.Text>
        ) : null}
      </div>
      <StopStatus stop={stop} next={next} />
    </Card>
  );
}

function Day({ day }: { day: VisitDay }) {
  const t = useT();
  const firstLocated = day.stops.find((s) => s.kind === 'visit' && s.location !== null);
  const plannedOrder = day.stops.filter((s) => s.planned);
  // The next stop to check in at gets the blue button; the rest stay quieter.
  const next = day.stops.find((s) => !s.visit);
  return (
    <Flex vertical gap={12}>
      {!day.plan ? <Alert type="info" showIcon title={t(visitRecordText.noPlan)} /> : day.plan.status !== 'approved' ? <Alert type="info" showIcon title={t(visitRecordText.planNotApproved)} /> : null}
      {day.stops.length === 0 ? <Empty description={t(visitRecordText.emptyDay)} /> : null}
      {day.stops.map((stop) => (
        <StopCard key={stop.customerId} stop={stop} index={plannedOrder.indexOf(stop) + 1} first={stop === firstLocated} next={stop === next} />
      ))}
    </Flex>
  );
}

/** 今日拜访 (phone first): today's planned stops in route order, each checked in with the phone's position, then the unplanned ones. */
export function TodayPage() {
  const t = useT();
  const { can } = useSession();
  const day = useVisitDay();
  const [unplanned, setUnplanned] = useState(false);
  const planned = day.data?.stops.filter((s) => s.planned).length ?? 0;
  return (
    <div data-testid="today-page" style={{ maxWidth: 720 }}>
      <PageHeader
        title={t(visitRecordText.todayTitle)}
        description={day.data ? t(visitRecordText.dateLine, { date: dayLabel(t, day.data.date), n: planned }) : t(visitRecordText.todayIntro)}
        extra={
          can('visit.record') ? (
            <Button icon={<PlusOutlined />} onClick={() => setUnplanned(true)} data-testid="unplanned-visit">
              {t(visitRecordText.unplanned)}
            </Button>
          ) : null
        }
      />
      <QueryView query={day}>{(d) => <Day day={d} />}</QueryView>
      {unplanned ? <VisitRecordUnplannedModal onClose={() => setUnplanned(false)} /> : null}
    </div>
  );
}
