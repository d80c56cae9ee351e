import { Alert, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useLang, useT } from '../../../shared/i18n/lang';
import { ProblemTable } from '../../customers/import/ProblemTable';
import { ORDER_PROBLEMS_URL, type OrderImport } from './api';
import { OrderOutcomeTable } from './OrderOutcomeTable';
import { orderImportText as text } from './text';

/**
 * What a finished check or import of orders found: the summary (新建 N 张，M 张已导入过), every problem by row, column
 * and reason, and each order's outcome; `actions` are the buttons for what comes next.
 */
export function OrderRunResult({ current, actions }: { current: OrderImport; actions: ReactNode }) {
  const t = useT();
  const { lang } = useLang();
  const s = current.summary;
  const problems = current.problemCount > 0;
  let banner: ReactNode;
  if (current.error) {
    banner = <Alert type="error" showIcon title={t(text.importBroken)} description={lang === 'en' ? current.error.message_en : current.error.message} />;
  } else if (current.status === 'failed') {
    banner = <Alert type="error" showIcon title={t(text.importFailed, { count: current.problemCount })} />;
  } else if (current.status === 'imported' && s) {
    banner = <Alert type="success" showIcon title={t(text.imported)} description={t(text.summaryDone, s)} />;
  } else if (s) {
    banner = (
      <Alert
        type={problems ? 'warning' : s.create === 0 ? 'info' : 'success'}
        showIcon
        title={problems ? t(text.problemsFound, { rows: s.problemRows, count: current.problemCount }) : t(text.summaryCheck, s)}
        description={problems ? (s.create > 0 ? t(text.problemsHold, s) : undefined) : s.create === 0 ? t(text.nothingToImport) : t(text.noProblems)}
      />
    );
  }
  return (
    <Flex vertical gap={16} data-testid="import-result">
      <div data-testid="import-summary">{banner}</div>
      {problems ? <ProblemTable problems={current.problems} total={current.problemCount} downloadUrl={ORDER_PROBLEMS_URL} /> : null}
      {!problems && current.outcomes.length ? <OrderOutcomeTable outcomes={current.outcomes} /> : null}
      <Flex gap={8} wrap justify="flex-end">
        {actions}
      </Flex>
    </Flex>
  );
}
