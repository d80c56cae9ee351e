import { Alert, Flex } from 'antd';
import type { ReactNode } from 'react';
import type { Bilingual } from '../../../domain/shared/messages';
import { useLang, useT } from '../i18n/lang';
import type { ImportOf } from './api';
import { ProblemTable } from './ProblemTable';
import { importWizardText as wizardText } from './text';

/** A kind's words for what a run found; the summary ones take the summary's counts ({create}, {update}, {unchanged}…). */
export interface RunResultText {
  importBroken: Bilingual;
  importFailed: Bilingual;
  summaryDone: Bilingual;
  summaryCheck: Bilingual;
  nothingToImport: Bilingual;
  /**
   * When given, a check with problems leads with them and adds this (what the rows without problems wait for)
   * while some would be written; without it, the check leads with its counts and the problems follow.
   */
  problemsHold?: Bilingual;
}

/** What every kind's summary counts: records to create, and (for kinds that update) to update. */
export type Summary = Record<string, number> & { create: number; update?: number };

/** How many records a checked import writes. */
export const toWrite = (s: Summary) => s.create + (s.update ?? 0);

interface Props<S extends Summary> {
  current: ImportOf<S, unknown>;
  text: RunResultText;
  problemsUrl: string;
  /** The kind's table of each row's (or order's) outcome, shown when there are no problems. */
  outcomes: ReactNode;
  /** The buttons for what comes next. */
  actions: ReactNode;
}

/**
 * What a finished check or import found: the summary (新建 N 个…), every problem by row, column and reason, and each
 * row's outcome; `actions` are the buttons for what comes next.
 */
export function RunResult<S extends Summary>({ current, text, problemsUrl, outcomes, actions }: Props<S>) {
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
    banner = <Alert type="success" showIcon title={t(wizardText.imported)} description={t(text.summaryDone, s)} />;
  } else if (s) {
    const writes = toWrite(s);
    const found = t(wizardText.problemsFound, { rows: s.problemRows, count: current.problemCount });
    const clean = writes === 0 ? t(text.nothingToImport) : t(wizardText.noProblems);
    const [title, description] = !problems
      ? [t(text.summaryCheck, s), clean]
      : text.problemsHold
        ? [found, writes > 0 ? t(text.problemsHold, s) : undefined]
        : [t(text.summaryCheck, s), found];
    banner = <Alert type={problems ? 'warning' : writes === 0 ? 'info' : 'success'} showIcon title={title} description={description} />;
  }
  return (
    <Flex vertical gap={16} data-testid="import-result">
      <div data-testid="import-summary">{banner}</div>
      {problems ? <ProblemTable problems={current.problems} total={current.problemCount} downloadUrl={problemsUrl} /> : null}
      {!problems && current.outcomes.length ? outcomes : null}
      <Flex gap={8} wrap justify="flex-end">
        {actions}
      </Flex>
    </Flex>
  );
}
