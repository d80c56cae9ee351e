import { Flex, Progress, Typography } from 'antd';
import type { Bilingual } from '../../../domain/shared/messages';
import { useT } from '../i18n/lang';
import type { AnyImport } from './api';
import { importWizardText as wizardText } from './text';

/** How far a check or an import on the server has got, as the polled import says; `writing` names what is written. */
export function RunProgress({ current, writing }: { current: Pick<AnyImport, 'progress' | 'rowCount' | 'status'>; writing: Bilingual }) {
  const t = useT();
  const p = current.progress;
  const total = p?.total || current.rowCount;
  const done = p?.processed ?? 0;
  const text = p?.phase === 'writing' ? writing : current.status === 'importing' ? wizardText.importingCheck : wizardText.checking;
  return (
    <Flex vertical gap={4} data-testid="import-progress">
      <Typography.Text>{t(text, { n: done, total })}</Typography.Text>
      <Progress percent={total ? Math.floor((done / total) * 100) : 0} status="active" />
    </Flex>
  );
}
