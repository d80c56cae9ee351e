import { ApiError, errorText } from '../../shared/api/client';
import type { Lang } from '../../shared/i18n/lang';

/** An error's message and the details the server names (fields), in the current language, for a message or an alert. */
export function problemLines(err: unknown, lang: Lang): string[] {
  const details = err instanceof ApiError ? (err.body.fields ?? []).map((f) => (lang === 'en' ? f.message_en : f.message)) : [];
  return [errorText(err, lang), ...details];
}

/** A bilingual message pair from the server, in the current language. */
export const pick = (m: { message: string; message_en: string }, lang: Lang) => (lang === 'en' ? m.message_en : m.message);
