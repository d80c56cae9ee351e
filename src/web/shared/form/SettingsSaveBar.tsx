import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT, type Bilingual } from '../i18n/lang';
import { common } from '../text';

interface Props {
  editable: boolean;
  saving: boolean;
  /** The form's error alert (useFormErrors' `alert`). */
  alert: ReactNode;
  /** Who may change the settings, shown instead of the button to everyone else. */
  readOnlyText: Bilingual;
  testId: string;
}

/** The foot of a settings form: the error alert, then the save button, or for a reader the hint of who may change it. */
export function SettingsSaveBar({ editable, saving, alert, readOnlyText, testId }: Props) {
  const t = useT();
  return (
    <>
      <div style={{ maxWidth: 720 }}>{alert}</div>
      {editable ? (
        <Button type="primary" htmlType="submit" loading={saving} data-testid={testId}>
          {t(common.save)}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t(readOnlyText)}</Typography.Text>
      )}
    </>
  );
}
