import { DeleteOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Select, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useLang, useT } from '../../shared/i18n/lang';
import { PlanGradeBadge } from './PlanGradeBadge';
import type { PlanDay, PlanItem } from './api';
import { dayLabel, durationLabel, kmLabel } from './plan-dates';
import { visitsText } from './text';

export interface DayEditing {
  /** The month's working days, to move a contact to. */
  days: string[];
  busy: boolean;
  onMove: (item: PlanItem, from: string, to: string) => void;
  onRemove: (item: PlanItem, date: string) => void;
}

/** 拜访 in blue, 电话 in orange. */
export function KindTag({ kind }: { kind: PlanItem['kind'] }) {
  const t = useT();
  return (
    <Tag color={kind === 'visit' ? 'blue' : 'orange'} style={{ marginInlineEnd: 0 }}>
      {t(kind === 'visit' ? visitsText.visit : visitsText.phone)}
    </Tag>
  );
}

function ItemRow({ item, date, editing }: { item: PlanItem; date: string; editing: DayEditing | null }) {
  const t = useT();
  const { lang } = useLang();
  const objective = lang === 'en' && item.objectiveEn ? item.objectiveEn : item.objective;
  return (
    <div data-testid="plan-item" style={{ padding: '8px 0', borderTop: '1px solid #f0f0f0', minWidth: 0 }}>
      <Flex gap={6} align="center" wrap style={{ minWidth: 0 }}>
        <Typography.Text type="secondary" style={{ width: 20, flex: 'none' }}>
          {item.seq}
        </Typography.Text>
        <Link to={`/customers/${item.customerId}`} style={{ minWidth: 0, flex: '1 1 120px', overflowWrap: 'anywhere' }}>
          {item.customerName}
        </Link>
        <Flex gap={4} style={{ flex: 'none' }}>
          <PlanGradeBadge grade={item.grade} />
          <KindTag kind={item.kind} />
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0 26px', fontSize: 13 }}>
        {objective}
      </Typography.Paragraph>
      {editing ? (
        <Flex gap={8} style={{ margin: '4px 0 0 26px' }}>
          <Select
            size="small"
            placeholder={t(visitsText.moveTo)}
            aria-label={t(visitsText.moveLabel, { name: item.customerName })}
            value={null}
            disabled={editing.busy}
            onChange={(to: string) => editing.onMove(item, date, to)}
            options={editing.days.filter((d) => d !== date).map((d) => ({ value: d, label: dayLabel(t, d) }))}
            style={{ width: 130 }}
            popupMatchSelectWidth={false}
            data-testid="plan-item-move"
          />
          <Popconfirm title={t(visitsText.removeConfirm, { name: item.customerName, date: dayLabel(t, date) })} onConfirm={() => editing.onRemove(item, date)} okText={t(visitsText.remove)} okButtonProps={{ danger: true }}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={editing.busy} data-testid="plan-item-remove">
              {t(visitsText.remove)}
            </Button>
          </Popconfirm>
        </Flex>
      ) : null}
    </div>
  );
}

/** One working day: its date and weekday, the day's route (km and time, 路线图 to see it), and its contacts in route order. */
export function PlanDayCard({ day, editing, onRoute }: { day: PlanDay; editing: DayEditing | null; onRoute: (date: string) => void }) {
  const t = useT();
  const calls = day.items.length - day.visitCount;
  return (
    <Card size="small" data-testid="plan-day" data-date={day.date} styles={{ body: { paddingTop: 4 } }}
      title={
        <Flex justify="space-between" align="baseline" gap={8} wrap>
          <span>{dayLabel(t, day.date)}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
            {[t(visitsText.dayVisits, { n: day.visitCount }), calls > 0 ? t(visitsText.dayCalls, { n: calls }) : null].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      }
    >
      {day.visitCount > 0 ? (
        <Flex justify="space-between" align="center" gap={8} style={{ padding: '4px 0' }}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="plan-day-route">
            {t(visitsText.dayRoute, { km: kmLabel(day.route.totalMetres), travel: durationLabel(t, day.route.totalTravelSeconds), total: durationLabel(t, day.route.finishSecond) })}
          </Typography.Text>
          <Button size="small" type="link" icon={<NodeIndexOutlined />} style={{ padding: 0, flex: 'none' }} onClick={() => onRoute(day.date)} data-testid="plan-day-route-show">
            {t(visitsText.routeShow)}
          </Button>
        </Flex>
      ) : null}
      {day.items.length === 0 ? <Typography.Text type="secondary">{t(visitsText.dayEmpty)}</Typography.Text> : null}
      {day.items.map((item) => (
        <ItemRow key={`${item.customerId}-${item.seq}`} item={item} date={day.date} editing={editing} />
      ))}
    </Card>
  );
}
