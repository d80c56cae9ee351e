import type { CalendarDay } from './api';

/** How a day of the month grid looks: its background, its corner mark (休 / 班) and whether it is a company change. */
export interface DayLook {
  background: string;
  mark: 'off' | 'work' | null;
  markColor: string;
  override: boolean;
  muted: boolean;
}

const RED = '#cf1322';
const BLUE = '#1677ff';

export function dayLook(day: CalendarDay): DayLook {
  const override = day.override !== null;
  if (day.working === null) return { background: 'repeating-linear-gradient(45deg, #fafafa, #fafafa 6px, #f0f0f0 6px, #f0f0f0 12px)', mark: null, markColor: '', override, muted: true };
  if (!day.working) {
    const holiday = day.reason === 'official-holiday' || day.reason === 'override-holiday';
    return holiday ? { background: '#fff1f0', mark: 'off', markColor: RED, override, muted: false } : { background: '#fafafa', mark: null, markColor: '', override, muted: true };
  }
  const weekendWork = day.weekday === 0 || day.weekday === 6 || day.reason === 'official-workday' || day.reason === 'override-workday';
  return { background: weekendWork ? '#e6f4ff' : '#ffffff', mark: weekendWork ? 'work' : null, markColor: BLUE, override, muted: false };
}

/** Monday-first position of a weekday (0 = Sunday … 6 = Saturday). */
export const mondayFirst = (weekday: number) => (weekday + 6) % 7;
