import { Flex, Typography } from 'antd';
import { useT } from '../../shared/i18n/lang';
import { calendarText } from './text';

const swatch = (background: string, border = '1px solid #d9d9d9') => ({ display: 'inline-block', width: 14, height: 14, borderRadius: 3, background, border, verticalAlign: -2, marginInlineEnd: 4 });

/** What the colours and marks of the month grid mean. */
export function Legend() {
  const t = useT();
  const items = [
    { style: swatch('#ffffff'), text: calendarText.legendWorking },
    { style: swatch('#fafafa'), text: calendarText.legendWeekend },
    { style: swatch('#fff1f0'), text: calendarText.legendHoliday, mark: calendarText.off, color: '#cf1322' },
    { style: swatch('#e6f4ff'), text: calendarText.legendMakeUp, mark: calendarText.work, color: '#1677ff' },
    { style: swatch('#ffffff', '2px dashed #722ed1'), text: calendarText.legendOverride },
  ];
  return (
    <Flex wrap gap={12} style={{ marginTop: 12 }} data-testid="calendar-legend">
      {items.map((i) => (
        <Typography.Text key={i.text.zh} type="secondary" style={{ fontSize: 12 }}>
          <span style={i.style} />
          {i.mark ? <b style={{ color: i.color, marginInlineEnd: 2 }}>{t(i.mark)}</b> : null}
          {t(i.text)}
        </Typography.Text>
      ))}
    </Flex>
  );
}
