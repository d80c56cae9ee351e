import { App, type ButtonProps } from 'antd';
import { useState } from 'react';
import { mergeableOf, patchFromNewInput } from '../../../../domain/customers/merge';
import { errorText } from '../../../shared/api/client';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { fetchCustomer, useSaveCustomer, type CustomerBody } from '../api';
import { customerFieldLabel } from '../labels';
import { mergeText } from './text';

/**
 * The duplicate dialog's 合并到该客户: instead of creating a customer, the non-empty fields just entered are written
 * to the existing one (phones, tags and dates added), after showing which fields change; a version-checked update.
 */
export function useApplyToExisting() {
  const t = useT();
  const { lang } = useLang();
  const { modal, message } = App.useApp();
  const save = useSaveCustomer();
  const [loading, setLoading] = useState(false);

  const apply = async (id: string, input: CustomerBody, onDone: () => void) => {
    setLoading(true);
    try {
      const existing = await fetchCustomer(id);
      const { ownerId: _owner, officeId: _office, status: _status, ...entered } = input;
      const patch = patchFromNewInput(mergeableOf(existing), { ...entered, source: entered.source ?? null });
      const fields = Object.keys(patch);
      if (!fields.length) {
        void message.info(t(mergeText.applyNothing, { name: existing.name }));
        onDone();
        return;
      }
      modal.confirm({
        title: t(mergeText.applyTitle, { name: existing.name }),
        content: (
          <div data-testid="apply-fields">
            {t(mergeText.applyBody)}
            <div style={{ marginTop: 4, fontWeight: 500 }}>{fields.map((f) => customerFieldLabel(f, lang)).join('、')}</div>
          </div>
        ),
        okText: t(mergeText.applyTo),
        cancelText: t(common.cancel),
        okButtonProps: { 'data-testid': 'apply-confirm' } as ButtonProps,
        onOk: () =>
          save.mutateAsync({ kind: 'update', id, body: { ...(patch as CustomerBody), version: existing.version } }).then(
            () => {
              void message.success(t(mergeText.applied, { name: existing.name }));
              onDone();
            },
            (err: unknown) => void message.error(errorText(err, lang)),
          ),
      });
    } catch (err) {
      void message.error(errorText(err, lang));
    } finally {
      setLoading(false);
    }
  };

  return { apply, loading };
}
