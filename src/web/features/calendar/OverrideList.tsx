import { Card, Empty, List, Tag, Typography } from 'antd';
import { QueryView } from '../../shared/ui/QueryView';
import { useT } from '../../shared/i18n/lang';
import { useYearOverrides, type CalendarOverride } from './api';
import { calendarText } from './text';

/** The company's changes of a year, in date order; a click opens the day. */
export function OverrideList({ year, onOpen, manage }: { year: number; onOpen: (date: string) => void; manage: boolean }) {
  const t = useT();
  const overrides = useYearOverrides(year);
  return (
    <Card size="small" title={t(calendarText.yearList, { year })} data-testid="calendar-overrides">
      {manage ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t(calendarText.addHint)}
        </Typography.Paragraph>
      ) : null}
      <QueryView query={overrides}>
        {(items) =>
          items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(calendarText.noOverrides, { year })} />
          ) : (
            <List<CalendarOverride>
              size="small"
              dataSource={items}
              renderItem={(o) => (
                <List.Item key={o.date} onClick={() => onOpen(o.date)} style={{ cursor: 'pointer' }} data-testid={`calendar-override-${o.date}`}>
                  <span style={{ fontVariantNumeric: 'tabular-nums' }}>{o.date}</span>
                  <Tag color={o.kind === 'workday' ? 'blue' : 'red'} style={{ marginInline: 8 }}>
                    {t(o.kind === 'workday' ? calendarText.working : calendarText.dayOff)}
                  </Tag>
                  <Typography.Text ellipsis style={{ flex: 1 }}>
                    {o.note}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )
        }
      </QueryView>
    </Card>
  );
}
