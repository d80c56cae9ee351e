import { Alert, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError, errorText } from '../api/client';
import { useLang } from '../i18n/lang';

/**
 * Puts an API error where it belongs: each field problem on its Form.Item (field names match the
 * request body keys), the rest in one alert above the buttons. Returns the alert to render.
 */
export function useFormErrors(form: FormInstance) {
  const { lang } = useLang();
  const [failure, setFailure] = useState<unknown>(null);

  const report = useCallback(
    (err: unknown) => {
      setFailure(err);
      if (!(err instanceof ApiError) || !err.body.fields) return;
      const known = new Set(Object.keys(form.getFieldsValue()));
      form.setFields(
        err.body.fields
          .filter((f) => known.has(f.field))
          .map((f) => ({ name: f.field, errors: [lang === 'en' ? f.message_en : f.message] })),
      );
    },
    [form, lang],
  );
  const clear = useCallback(() => setFailure(null), []);

  let alert = null;
  if (failure) {
    const known = new Set(Object.keys(form.getFieldsValue()));
    const loose = failure instanceof ApiError ? (failure.body.fields ?? []).filter((f) => !known.has(f.field)) : [];
    const description = loose.map((f) => (lang === 'en' ? f.message_en : f.message)).join('; ');
    alert = (
      <Alert type="error" showIcon title={errorText(failure, lang)} description={description || undefined} style={{ marginBottom: 16 }} role="alert" />
    );
  }
  return { report, clear, alert, failure };
}
