import type { UseMutationResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useLang, useT, type Bilingual } from '../i18n/lang';
import { common } from '../text';
import { showNestedFieldErrors } from './nested-field-errors';
import { settingsSaveCallbacks } from './settings-save-callbacks';
import { useFormErrors } from './use-form-errors';

interface Options<V, B, S> {
  form: FormInstance<V>;
  /** The PUT of the settings (a useMutation whose body names the version read). */
  mutation: UseMutationResult<S, Error, B>;
  /** The form values of the settings the server kept. */
  toValues: (saved: S) => V;
  /** The message after a save. */
  savedText: Bilingual;
  /** Loads the latest settings after a 409; the page rebuilds the form from them (its key holds the version). */
  onReload: () => void;
  /** For nested form names: the form item of an API field, or null. Without it only top-level names get their problem. */
  fieldName?: (field: string, values: V) => NamePath | null;
}

/**
 * Saving one of the organisation's settings forms under the version it read: success refills the form and says so;
 * a 409 says someone else changed them and reloads; a 400 puts each problem under its field and the rest in
 * `errors.alert`. The form keeps its own body: `save(body, values)` with the values the body was made from.
 */
export function useVersionedSettingsSave<V, B, S>({ form, mutation, toValues, savedText, onReload, fieldName }: Options<V, B, S>) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const errors = useFormErrors(form);

  const save = (body: B, values: V) => {
    errors.clear();
    mutation.mutate(
      body,
      settingsSaveCallbacks<S>({
        refill: (saved) => form.setFieldsValue(toValues(saved) as Parameters<FormInstance<V>['setFieldsValue']>[0]),
        confirm: () => void message.success(t(savedText)),
        reload: () => {
          void message.warning(t(common.conflictReloaded));
          onReload();
        },
        report: (err) => {
          errors.report(err);
          if (fieldName) showNestedFieldErrors(form, err, lang, (field) => fieldName(field, values));
        },
      }),
    );
  };

  return { save, errors, saving: mutation.isPending };
}
