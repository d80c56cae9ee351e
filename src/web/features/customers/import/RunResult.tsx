import { Alert, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useLang, useT } from '../../../shared/i18n/lang';
import type { CustomerImport } from './api';
import { OutcomeTable } from './OutcomeTable';
import { ProblemTable } from './ProblemTable';
import { importText } from './text';

/**
 * What a finished check or import found: the summary (新建 N 个，更新 M 个), every problem by row, column and
 * reason, and each row's outcome; `actions` are the buttons for what comes next.
 */
export function RunResult({ current, actions }: { current: CustomerImport; actions: ReactNode }) {
  const t = useT();
  const { lang } = useLang();
  const s = current.summary;
  const problems = current.problemCount > 0;
  let banner: ReactNode;
  if (current.error) {
    banner = <Alert type="error" showIcon title={t(importText.importBroken)} description={lang === 'en' ? current.error.message_en : current.error.message} />;
  } else if (current.status === 'failed') {
    banner = <Alert type="error" showIcon title={t(importText.importFailed, { count: current.problemCount })} />;
  } else if (current.status === 'imported' && s) {
    banner = <Alert type="success" showIcon title={t(importText.imported)} description={t(importText.summaryDone, s)} />;
  } else if (s) {
    banner = (
      <Alert
        type={problems ? 'warning' : s.create + s.update === 0 ? 'info' : 'success'}
        showIcon
        title={t(importText.summaryCheck, s)}
        description={problems ? t(importText.problemsFound, { rows: s.problemRows, count: current.problemCount }) : s.create + s.update === 0 ? t(importText.nothingToImport) : t(importText.noProblems)}
      />
    );
  }
  return (
    <Flex vertical gap={16} data-testid="import-result">
      <div data-testid="import-summary">{banner}</div>
      {problems ? <ProblemTable problems={current.problems} total={current.problemCount} /> : null}
      {!problems && current.outcomes.length ? <OutcomeTable outcomes={current.outcomes} /> : null}
      <Flex gap={8} wrap justify="flex-end">
        {actions}
      </Flex>
    </Flex>
  );
}
