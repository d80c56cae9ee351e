import type { Translate } from '../../shared/i18n/lang';
import { visitsText } from './text';

/** The month the page opens on: next month once today is past the 20th (plans are made ahead), else this month. */
export function defaultMonth(today: Date): string {
  const ahead = today.getDate() > 20 ? 1 : 0;
  const d = new Date(today.getFullYear(), today.getMonth() + ahead, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** 12月1日 周二 / Tue 1 Dec for an ISO date. */
export function dayLabel(t: Translate, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const w = t(visitsText.weekdays).split(',')[weekday] ?? '';
  const mon = t(visitsText.monthNames).split(',')[m - 1] ?? String(m);
  return t(visitsText.dayLabel, { m, d, w, mon });
}

/** 2026年12月 / 2026-12 for YYYY-MM. */
export function monthLabel(t: Translate, month: string): string {
  return t(visitsText.monthLabel, { y: month.slice(0, 4), m: Number(month.slice(5, 7)), mm: month.slice(5, 7) });
}

/** 1小时20分 / 45分钟 from seconds. */
export function durationLabel(t: Translate, seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  return h > 0 ? t(visitsText.hours, { h, m: minutes % 60 }) : t(visitsText.minutes, { m: minutes });
}

/** Kilometres with one decimal, from metres. */
export const kmLabel = (metres: number): string => (metres / 1000).toFixed(1);
