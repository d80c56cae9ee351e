import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../shared/i18n/lang';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { auditText } from './text';

export type Range = [Dayjs | null, Dayjs | null] | null;

/** A date range: one range picker on a desktop, two single-month pickers at phone width (a range panel is wider than a phone). */
export function DateRangeFilter({ value, onChange }: { value: Range; onChange: (range: Range) => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const [start, end] = value ?? [null, null];
  if (!isMobile) return <DatePicker.RangePicker value={value} onChange={onChange} allowEmpty={[true, true]} style={{ width: 280 }} />;
  const half = { width: 'calc(50% - 4px)' };
  return (
    <>
      <DatePicker value={start} onChange={(d) => onChange([d, end])} placeholder={t(auditText.from)} style={half} inputReadOnly />
      <DatePicker value={end} onChange={(d) => onChange([start, d])} placeholder={t(auditText.to)} style={half} inputReadOnly />
    </>
  );
}
