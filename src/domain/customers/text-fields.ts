import { z } from 'zod';
import { both } from '../shared/bilingual-issue';

function bounded(max: number) {
  return z.string().trim().max(max, both(`不能超过 ${max} 个字符`, `must have at most ${max} characters`));
}

/** Text that must be there, trimmed, at most `max` characters. */
export function requiredText(max: number) {
  return bounded(max).min(1, both('不能为空', 'must not be empty'));
}

/** Text that may be left out; blank becomes null. */
export function optionalText(max: number) {
  return bounded(max)
    .transform((s) => s || null)
    .nullish();
}

/** A list without repeats, in first-seen order. */
export function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Makes a string schema optional: a blank string, null or nothing at all becomes null. */
export function blankAsNull<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v), schema.nullable());
}
