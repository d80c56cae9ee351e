/** Keqing's business runs on Beijing time: every date and time is shown in Asia/Shanghai, whatever the browser's zone. */
export const BUSINESS_ZONE = 'Asia/Shanghai';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pieces(when: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of parts.formatToParts(when)) out[p.type] = p.value;
  return out;
}

/** `2026-11-22 21:58`, or the fallback for a missing or unreadable value. */
export function formatDateTime(value: string | Date | null | undefined, fallback = '—'): string {
  if (!value) return fallback;
  const when = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(when.getTime())) return fallback;
  const p = pieces(when);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The hour of the day in Beijing (0–23). */
export function businessHour(when: Date = new Date()): number {
  return Number(pieces(when).hour);
}

/** The instant a Beijing calendar day (`YYYY-MM-DD`) starts, as ISO text; `days` shifts it. */
export function businessDayStart(day: string, days = 0): string {
  const start = new Date(`${day}T00:00:00+08:00`);
  return new Date(start.getTime() + days * 86_400_000).toISOString();
}

/** The Beijing calendar day of an instant (default now), as `YYYY-MM-DD`. */
export function businessDate(when: Date = new Date()): string {
  const p = pieces(when);
  return `${p.year}-${p.month}-${p.day}`;
}
