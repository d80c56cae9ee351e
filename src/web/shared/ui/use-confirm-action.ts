import { App } from 'antd';
import { useCallback } from 'react';
import { errorText, hasCode } from '../api/client';
import { useLang, useT, type Bilingual, type Vars } from '../i18n/lang';
import { common } from '../text';

/** What a confirmation says: the question, what happens, the button, and the message once done. */
export interface ConfirmTexts {
  title: Bilingual;
  body: Bilingual;
  ok: Bilingual;
  done: Bilingual;
}

export interface ConfirmSpec {
  texts: ConfirmTexts;
  vars: Vars;
  danger?: boolean;
  /** The change to make once confirmed. */
  run: () => Promise<unknown>;
  /** Called after a version conflict, to load the record again. */
  onConflict?: () => void;
}

/** A confirmation dialog in the current language that runs the change and reports how it went. */
export function useConfirmAction() {
  const { modal, message } = App.useApp();
  const { lang } = useLang();
  const t = useT();
  return useCallback(
    ({ texts, vars, danger = false, run, onConflict }: ConfirmSpec) =>
      modal.confirm({
        title: t(texts.title, vars),
        content: t(texts.body, vars),
        okText: t(texts.ok, vars),
        cancelText: t(common.cancel),
        okButtonProps: { danger },
        onOk: () =>
          run().then(
            () => void message.success(t(texts.done, vars)),
            (err: unknown) => {
              if (hasCode(err, 'VERSION_CONFLICT')) {
                onConflict?.();
                void message.warning(t(common.conflictReloaded));
              } else void message.error(errorText(err, lang));
            },
          ),
      }),
    [modal, message, lang, t],
  );
}
