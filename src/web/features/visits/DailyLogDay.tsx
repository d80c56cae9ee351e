import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n/lang';
import { CheckInVerdictTag } from './CheckInVerdictTag';
import type { DailyLogDay as Day } from './daily-log-api';
import { dailyLogText } from './daily-log-text';
import { PlanGradeBadge } from './PlanGradeBadge';

/** The day as the log shows it: plan against done in one line, then each planned stop (done or not) and the unplanned ones. */
export function DailyLogDay({ data }: { data: Day }) {
  const t = useT();
  const stops = data.day.stops;
  const planned = stops.filter((s) => s.planned).length;
  const done = stops.filter((s) => s.visit !== null).length;
  const flagged = stops.filter((s) => s.visit?.checkIn.flagged).length;
  return (
    <Card size="small" title={t(dailyLogText.dayTitle)} styles={{ body: { padding: 0 } }}>
      <Typography.Text type={flagged ? 'warning' : 'secondary'} style={{ display: 'block', padding: '8px 12px 4px' }} data-testid="daily-log-counts">
        {t(dailyLogText.planVsDone, { planned, done, flagged })}
      </Typography.Text>
      {stops.length === 0 ? <Empty description={t(dailyLogText.noStops)} style={{ paddingBottom: 16 }} /> : null}
      {stops.map((s) => (
        <Flex key={s.customerId} gap={8} align="center" wrap style={{ padding: '10px 12px', borderTop: '1px solid rgba(5,5,5,0.06)' }} data-testid="daily-log-stop" data-done={s.visit ? 'yes' : 'no'}>
          <Link to={`/customers/${s.customerId}`} style={{ flex: '1 1 160px', minWidth: 0, overflowWrap: 'anywhere' }}>
            {s.customerName}
          </Link>
          <Flex gap={4} wrap>
            <PlanGradeBadge grade={s.grade} />
            <Tag color={s.kind === 'visit' ? 'blue' : 'orange'}>{t(s.kind === 'visit' ? dailyLogText.visit : dailyLogText.phone)}</Tag>
            {s.planned ? null : <Tag color="purple">{t(dailyLogText.unplanned)}</Tag>}
            {s.visit ? <CheckInVerdictTag visit={s.visit} /> : <Tag>{t(dailyLogText.notDone)}</Tag>}
          </Flex>
        </Flex>
      ))}
    </Card>
  );
}
