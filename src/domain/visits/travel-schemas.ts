import { z } from 'zod';
import { coordinateSchema } from '../customers/coordinates';
import { TRANSPORT_MODES } from '../routes/transport';
import { both } from '../shared/bilingual-issue';

/** Where a rep's visiting day starts: their home or the office. */
export const START_KINDS = ['home', 'office'] as const;
export type StartKind = (typeof START_KINDS)[number];

/** When a rep sets off when nothing else is set, and the earliest and latest start allowed (HH:mm, the day's clock). */
export const DEFAULT_DAY_START = '08:30';
export const EARLIEST_DAY_START = '05:00';
export const LATEST_DAY_START = '12:00';
/** 05:00–11:59 or 12:00 sharp, two digits each. */
export const DAY_START_PATTERN = /^(?:(?:0[5-9]|1[01]):[0-5]\d|12:00)$/;

export const MIN_DAILY_CAPACITY = 1;
export const MAX_DAILY_CAPACITY = 30;

/**
 * A rep's travel settings as the rep or their office manager enters them: the start point (home or office, with
 * coordinates in China), where the day ends (null: back at the start), when the rep sets off (HH:mm, 05:00–12:00), the
 * transport and the visits a day (null: the organisation's plan setting).
 */
export const travelSettingsInputSchema = z.object({
  startKind: z.enum(START_KINDS, { message: both('请选择从家里还是从办事处出发', 'choose home or office') }),
  start: coordinateSchema,
  end: coordinateSchema.nullable().default(null),
  dayStart: z
    .string({ message: both('请填写出发时间', 'enter the time the day starts') })
    .regex(DAY_START_PATTERN, both(`应在 ${EARLIEST_DAY_START}–${LATEST_DAY_START} 之间，格式如 ${DEFAULT_DAY_START}`, `must be between ${EARLIEST_DAY_START} and ${LATEST_DAY_START}, written like ${DEFAULT_DAY_START}`))
    .default(DEFAULT_DAY_START),
  mode: z.enum(TRANSPORT_MODES, { message: both('请选择摩托车、汽车或公交车', 'choose motorbike, car or bus') }),
  dailyCapacity: z
    .number({ message: both('请填写每天拜访上限', 'enter the visits a day') })
    .int(both('每天拜访上限须为整数', 'must be a whole number'))
    .min(MIN_DAILY_CAPACITY, both(`每天至少 ${MIN_DAILY_CAPACITY} 次拜访`, `at least ${MIN_DAILY_CAPACITY} visit a day`))
    .max(MAX_DAILY_CAPACITY, both(`每天最多 ${MAX_DAILY_CAPACITY} 次拜访`, `at most ${MAX_DAILY_CAPACITY} visits a day`))
    .nullable()
    .default(null),
});
export type TravelSettingsInput = z.infer<typeof travelSettingsInputSchema>;
