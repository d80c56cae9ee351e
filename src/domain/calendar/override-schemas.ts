import { z } from 'zod';
import { calendarDateSchema } from '../customers/calendar-dates';
import { optionalText } from '../customers/text-fields';
import { both } from '../shared/bilingual-issue';
import type { CalendarOverride } from './calendar';

export const OVERRIDE_KINDS = ['workday', 'holiday'] as const;

/** One administrator's override as entered: 2027-10-09 上班 "国庆调休". */
export const calendarOverrideSchema = z.object({
  date: calendarDateSchema,
  kind: z.enum(OVERRIDE_KINDS, { message: both('请选择“上班”或“放假”', 'choose working day or day off') }),
  note: optionalText(50).transform((s) => s ?? ''),
});

/** The organisation's overrides: at most one per date. */
export const calendarOverridesSchema = z
  .array(calendarOverrideSchema)
  .max(2000, both('最多 2000 条', 'at most 2000 entries'))
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((o, i) => {
      if (seen.has(o.date)) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: both(`${o.date} 重复设置`, `${o.date} is set twice`) });
      seen.add(o.date);
    });
  }) satisfies z.ZodType<CalendarOverride[], unknown>;
