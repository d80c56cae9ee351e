import { z } from 'zod';
import { both } from '../shared/bilingual-issue';
import type { Bilingual } from '../shared/messages';

/** What a checking normaliser returns: the value in its stored form, or why it was refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: Bilingual };

export function accepted<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function refused<T = never>(zh: string, en: string): Checked<T> {
  return { ok: false, error: { zh, en } };
}

/** A string schema that stores what `check` returns and reports its reason in both languages. */
export function checkedString<T>(check: (raw: string) => Checked<T>) {
  return z.string().transform((raw, ctx): T => {
    const result = check(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: both(result.error.zh, result.error.en), input: raw });
    return z.NEVER;
  });
}
