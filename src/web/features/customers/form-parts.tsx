import { Select, type FormInstance } from 'antd';
import { ApiError } from '../../shared/api/client';
import type { Lang } from '../../shared/i18n/lang';

/** Lists of short texts typed one by one (phones, tags): Enter, comma or 、 ends one. */
export function TagsInput({ value, onChange, id, placeholder }: { value?: string[]; onChange?: (v: string[]) => void; id?: string; placeholder?: string }) {
  return (
    <Select
      id={id}
      mode="tags"
      open={false}
      suffixIcon={null}
      tokenSeparators={[',', '，', '、', ';', '；']}
      value={value ?? []}
      onChange={onChange}
      placeholder={placeholder}
    />
  );
}

/** Fields whose server path ends in a list index that the form shows as one control (phones.1 → phones). */
const WHOLE_LIST = new Set(['phones', 'tags', 'roles']);

/**
 * The form name of a server field path: `profile.needs` → ['profile', 'needs'], `importantDates.0.date`
 * → ['importantDates', 0, 'date'], `phones.1` → ['phones'], `location.lat` → ['lat'] via `rename`.
 */
function namePath(field: string, rename: Record<string, string>): (string | number)[] {
  const parts = field.split('.');
  const head = parts[0] ?? field;
  if (rename[head]) return [rename[head]];
  if (WHOLE_LIST.has(head)) return [head];
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Puts the server's problems with nested fields (questionnaire items, dates, coordinates) on those fields. */
export function markNestedErrors(form: FormInstance, err: unknown, lang: Lang, rename: Record<string, string> = {}): void {
  if (!(err instanceof ApiError) || !err.body.fields) return;
  const nested = err.body.fields.filter((f) => f.field.includes('.') || rename[f.field]);
  form.setFields(nested.map((f) => ({ name: namePath(f.field, rename), errors: [lang === 'en' ? f.message_en : f.message] })));
}
