import type { FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { ApiError } from '../api/client';
import type { Lang } from '../i18n/lang';

/**
 * Puts the field problems of a 400 on the Form.Items of a form whose names are nested (useFormErrors only knows
 * top-level names). `toName` turns the API's dotted field ("rules.byGrade.A.visitsPerMonth") into the form's name
 * path, or null when the form has no such item (the problem then stays in useFormErrors' alert only).
 */
export function showNestedFieldErrors(form: FormInstance, err: unknown, lang: Lang, toName: (field: string) => NamePath | null) {
  if (!(err instanceof ApiError) || !err.body.fields) return;
  const found = err.body.fields.flatMap((f) => {
    const name = toName(f.field);
    return name === null ? [] : [{ name, errors: [lang === 'en' ? f.message_en : f.message] }];
  });
  form.setFields(found);
}
