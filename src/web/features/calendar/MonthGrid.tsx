import { Typography } from 'antd';
import { useLang, useT } from '../../shared/i18n/lang';
import type { CalendarDay } from './api';
import { dayLook, mondayFirst } from './day-style';
import { calendarText } from './text';

const cell = { minHeight: 64, borderRadius: 6, padding: '4px 6px', position: 'relative' as const, textAlign: 'left' as const, border: '1px solid #f0f0f0' };

/** A Monday-first month grid: weekends muted, holidays marked 休, make-up working days 班, company changes outlined. */
export function MonthGrid({ days, compact, onPick }: { days: CalendarDay[]; compact: boolean; onPick?: (day: CalendarDay) => void }) {
  const t = useT();
  const { lang } = useLang();
  const heads = t(calendarText.weekdays).split(',');
  const lead = days.length ? mondayFirst(days[0]!.weekday) : 0;
  return (
    <div role="grid" aria-label={t(calendarText.title)} data-testid="calendar-grid" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: compact ? 3 : 6 }}>
      {heads.map((h, i) => (
        <div key={h} role="columnheader" style={{ textAlign: 'center', fontWeight: 500, color: i >= 5 ? '#8c8c8c' : undefined, paddingBottom: 2 }}>
          {h}
        </div>
      ))}
      {Array.from({ length: lead }, (_, i) => (
        <div key={`lead-${i}`} />
      ))}
      {days.map((day) => {
        const look = dayLook(day);
        const label = day.label ? (lang === 'en' ? day.label.en : day.label.zh) : '';
        const Tag = onPick ? 'button' : 'div';
        return (
          <Tag
            key={day.date}
            type={onPick ? 'button' : undefined}
            role="gridcell"
            data-testid={`calendar-day-${day.date}`}
            data-working={day.working === null ? 'unknown' : String(day.working)}
            aria-label={`${day.date} ${label}`}
            onClick={onPick ? () => onPick(day) : undefined}
            style={{
              ...cell,
              minHeight: compact ? 52 : 72,
              padding: compact ? '2px 3px' : cell.padding,
              background: look.background,
              border: look.override ? '2px dashed #722ed1' : cell.border,
              cursor: onPick ? 'pointer' : 'default',
              font: 'inherit',
              width: '100%',
            }}
          >
            <span style={{ fontWeight: 600, color: look.muted ? '#8c8c8c' : undefined }}>{Number(day.date.slice(8))}</span>
            {look.mark ? (
              <span style={{ position: 'absolute', top: compact ? 1 : 4, right: compact ? 3 : 6, fontSize: 12, fontWeight: 600, color: look.markColor }}>{t(look.mark === 'off' ? calendarText.off : calendarText.work)}</span>
            ) : null}
            {label ? (
              <Typography.Text
                ellipsis
                style={{ display: 'block', fontSize: compact ? 10 : 12, lineHeight: 1.3, marginTop: 2, color: look.override ? '#722ed1' : look.mark === 'off' ? '#cf1322' : '#595959' }}
              >
                {label}
              </Typography.Text>
            ) : null}
          </Tag>
        );
      })}
    </div>
  );
}
