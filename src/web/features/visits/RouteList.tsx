import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { TRANSPORT_MODE_LABELS } from '../../../domain/routes/transport';
import { useT } from '../../shared/i18n/lang';
import { GRADE_COLORS } from '../abc/GradeBadge';
import type { Itinerary, Plan, PlanGrade } from './api';
import { durationLabel, kmLabel } from './plan-dates';
import { PlanGradeBadge } from './PlanGradeBadge';
import { END_COLOR, endsElsewhere, START_COLOR } from './route-ends';
import { visitsText } from './text';

const gradeColor = (g: PlanGrade) => (g === 'A' || g === 'B' || g === 'C' ? GRADE_COLORS[g] : '#8c8c8c');
const small = { fontSize: 13 } as const;

function Marker({ color, children }: { color: string; children: string }) {
  return (
    <span style={{ flex: 'none', width: 24, height: 24, borderRadius: 12, background: color, color: '#fff', fontWeight: 600, fontSize: 12, display: 'inline-flex', alignItems: 'center', justifyContent: 'center' }}>
      {children}
    </span>
  );
}

/**
 * The day's route as a list: when the rep sets off, each visit in order with the way from the previous stop
 * (km with one decimal, travel time), arrival and departure, the way back (到达终点 when the day ends elsewhere,
 * else 返回起点), and the day's totals.
 */
export function RouteList({ itinerary, mode }: { itinerary: Itinerary; mode: Plan['mode'] }) {
  const t = useT();
  const { stops, back, totals, unlocated } = itinerary;
  const toEnd = endsElsewhere(itinerary);
  return (
    <Flex vertical gap={0} data-testid="route-list" style={{ minWidth: 0 }}>
      <Flex gap={8} align="center" style={{ padding: '6px 0' }}>
        <Marker color={START_COLOR}>{t(visitsText.routeMapStart)}</Marker>
        <Typography.Text>{t(visitsText.routeStartLine, { at: totals.startAt, mode: t(TRANSPORT_MODE_LABELS[mode]) })}</Typography.Text>
      </Flex>
      {stops.map((s, i) => (
        <div key={s.customerId} data-testid="route-stop" data-customer={s.customerId} style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0', minWidth: 0 }}>
          <Typography.Text type="secondary" style={{ ...small, display: 'block', marginInlineStart: 32 }} data-testid="route-leg">
            ↓ {t(i === 0 ? visitsText.routeFromStart : visitsText.routeFromPrev, { km: kmLabel(s.metres), travel: durationLabel(t, s.travelSeconds) })}
          </Typography.Text>
          <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
            <Marker color={gradeColor(s.grade)}>{String(i + 1)}</Marker>
            <Link to={`/customers/${s.customerId}`} style={{ minWidth: 0, flex: '1 1 140px', overflowWrap: 'anywhere' }}>
              {s.customerName}
            </Link>
            <PlanGradeBadge grade={s.grade} />
          </Flex>
          <Typography.Text style={{ ...small, display: 'block', marginInlineStart: 32 }} data-testid="route-times">
            {t(visitsText.routeStay, { arrive: s.arriveAt, leave: s.leaveAt, m: s.visitMinutes })}
          </Typography.Text>
        </div>
      ))}
      {back ? (
        <Flex gap={8} align="center" style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0' }} data-testid="route-back" data-end={toEnd ? 'elsewhere' : 'start'}>
          <Marker color={toEnd ? END_COLOR : START_COLOR}>{t(toEnd ? visitsText.routeMapEnd : visitsText.routeMapStart)}</Marker>
          <Typography.Text style={small}>{t(toEnd ? visitsText.routeToEnd : visitsText.routeBack, { km: kmLabel(back.metres), travel: durationLabel(t, back.travelSeconds), at: back.arriveAt })}</Typography.Text>
        </Flex>
      ) : null}
      {stops.length > 0 ? (
        <Typography.Text strong style={{ ...small, padding: '8px 0', borderTop: '1px solid #f0f0f0' }} data-testid="route-totals">
          {t(visitsText.routeTotals, { km: kmLabel(totals.metres), travel: durationLabel(t, totals.travelSeconds), visit: durationLabel(t, totals.visitMinutes * 60), from: totals.startAt, to: totals.finishAt })}
        </Typography.Text>
      ) : null}
      {unlocated.length > 0 ? (
        <Typography.Text type="warning" style={small} data-testid="route-unlocated">
          {t(visitsText.routeUnlocated, { names: unlocated.map((u) => u.customerName).join('、') })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
