import { Flex, Progress, Typography } from 'antd';
import { useT } from '../../../shared/i18n/lang';
import type { Bilingual } from '../../../../domain/shared/messages';
import type { CustomerImport } from './api';
import { importText } from './text';

/** How far a check or an import on the server has got, as the polled import says; `writing` names what is written (customers unless told). */
export function RunProgress({ current, writing = importText.writing }: { current: Pick<CustomerImport, 'progress' | 'rowCount' | 'status'>; writing?: Bilingual }) {
  const t = useT();
  const p = current.progress;
  const total = p?.total || current.rowCount;
  const done = p?.processed ?? 0;
  const text = p?.phase === 'writing' ? writing : current.status === 'importing' ? importText.importingCheck : importText.checking;
  return (
    <Flex vertical gap={4} data-testid="import-progress">
      <Typography.Text>{t(text, { n: done, total })}</Typography.Text>
      <Progress percent={total ? Math.floor((done / total) * 100) : 0} status="active" />
    </Flex>
  );
}
