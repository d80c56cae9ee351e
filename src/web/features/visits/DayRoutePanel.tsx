import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Select, Typography } from 'antd';
import { forwardRef } from 'react';
import { useT } from '../../shared/i18n/lang';
import { useIsMobile } from '../../shared/ui/use-media-query';
import type { Plan } from './api';
import { dayLabel } from './plan-dates';
import { RouteList } from './RouteList';
import { RouteMap } from './RouteMap';
import { visitsText } from './text';

/**
 * 每日路线: one day of the plan on a plane (start point, numbered visits coloured by grade, the way between them) beside
 * its list of legs and times; on a phone the map is above the list. The day is picked here or from a day's card.
 */
export const DayRoutePanel = forwardRef<HTMLDivElement, { plan: Plan; day: string | undefined; onDay: (day: string) => void }>(function DayRoutePanel({ plan, day, onDay }, ref) {
  const t = useT();
  const isMobile = useIsMobile();
  const shown = plan.days.find((d) => d.date === day);
  const index = shown ? plan.days.indexOf(shown) : -1;
  const step = (delta: number) => {
    const next = plan.days[index + delta];
    if (next) onDay(next.date);
  };
  if (!plan.days.some((d) => d.visitCount > 0)) return null;
  return (
    <Card
      ref={ref}
      size="small"
      data-testid="route-panel"
      data-date={day}
      title={t(visitsText.routeTitle)}
      extra={
        <Flex gap={4} align="center">
          <Button size="small" type="text" icon={<LeftOutlined />} aria-label={t(visitsText.routePrev)} disabled={index <= 0} onClick={() => step(-1)} data-testid="route-prev" />
          <Select
            size="small"
            value={day}
            onChange={onDay}
            aria-label={t(visitsText.routeDay)}
            options={plan.days.map((d) => ({ value: d.date, label: t(visitsText.routeDayOption, { day: dayLabel(t, d.date), n: d.visitCount }) }))}
            style={{ width: isMobile ? 150 : 190 }}
            popupMatchSelectWidth={false}
            data-testid="route-day"
          />
          <Button size="small" type="text" icon={<RightOutlined />} aria-label={t(visitsText.routeNext)} disabled={index < 0 || index >= plan.days.length - 1} onClick={() => step(1)} data-testid="route-next" />
        </Flex>
      }
    >
      {shown && shown.itinerary.stops.length + shown.itinerary.unlocated.length > 0 ? (
        <>
          <Row gutter={[16, 8]}>
            <Col xs={24} lg={12}>
              <RouteMap itinerary={shown.itinerary} height={isMobile ? 260 : 340} />
            </Col>
            <Col xs={24} lg={12}>
              <RouteList itinerary={shown.itinerary} mode={plan.mode} />
            </Col>
          </Row>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 8 }}>
            {t(visitsText.routeEstimate)}
          </Typography.Text>
        </>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(visitsText.routeDayEmpty)} />
      )}
    </Card>
  );
});
