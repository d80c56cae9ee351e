import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Steps, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Bilingual } from '../../../domain/shared/messages';
import { errorText } from '../api/client';
import { useLang, useT } from '../i18n/lang';
import { PageHeader } from '../ui/PageHeader';
import { useIsMobile } from '../ui/use-media-query';
import { importRoutes, isRunning, uploadImportFile, useCurrentImportOf, useStartImportRunOf, type ImportMapping, type ImportOf, type ImportTarget, type Uploaded } from './api';
import { MappingStep } from './MappingStep';
import { RunProgress } from './RunProgress';
import { RunResult, toWrite, type RunResultText, type Summary } from './RunResult';
import { importWizardText as wizardText } from './text';
import { UploadStep } from './UploadStep';
import type { MappingProblem } from '../../../domain/imports/mapping';

type Step = 'upload' | 'map' | 'check' | 'import';
const STEPS: Step[] = ['upload', 'map', 'check', 'import'];
const noRepeats = () => false;
const TITLES = { upload: wizardText.stepUpload, map: wizardText.stepMap, check: wizardText.stepCheck, import: wizardText.stepImport };

/** A kind's words: the page's, the mapping step's, the run's, and the buttons that import and leave. */
export interface ImportWizardText extends RunResultText {
  title: Bilingual;
  intro: Bilingual;
  back: Bilingual;
  /** Below the template link on the upload step. */
  uploadHint: Bilingual;
  mapIntro: Bilingual;
  /** Progress while records are written: {n} of {total}. */
  writing: Bilingual;
  /** The import button: {n} records to write. */
  importNow: Bilingual;
  /** The button to the list once imported. */
  toList: Bilingual;
}

export interface ImportWizardProps<O> {
  /** The kind's API routes: /customer-imports, /order-imports (and its page's test id: customer-import-page). */
  base: string;
  /** The list of what is imported: where "back" and "done" lead. */
  listPath: string;
  text: ImportWizardText;
  /** The kind's mapping rules, and the fields several columns may fill (none unless told). */
  checkMapping: (mapping: ImportMapping, headers: readonly string[], targets: readonly ImportTarget[]) => MappingProblem[];
  repeatable?: (target: string) => boolean;
  /** The kind's table of what the run decided for each row (or order). */
  outcomes: (outcomes: O[]) => ReactNode;
  /** After an import: makes what it changed load again. */
  refresh: (client: QueryClient) => Promise<unknown>;
}

/**
 * An import page: 上传文件 → 对应列 → 检查 → 导入. The check and the import run on the server; the page polls the
 * current import for their progress and results, and comes back to a run under way after a reload.
 */
export function ImportWizard<O>({ base, listPath, text, checkMapping, repeatable = noRepeats, outcomes, refresh }: ImportWizardProps<O>) {
  type Import = ImportOf<Summary, O>;
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const client = useQueryClient();
  const routes = importRoutes(base);
  const current = useCurrentImportOf<Import>(base);
  const run = useStartImportRunOf<Import>(base);
  const [step, setStep] = useState<Step>('upload');
  const [upload, setUpload] = useState<Uploaded<Import> | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const imp = current.data;
  const status = imp?.status;

  // A reload during a run comes back to it.
  useEffect(() => {
    if (status === 'checking' && step === 'upload') setStep('check');
    if (status === 'importing' && step === 'upload') setStep('import');
  }, [status, step]);
  useEffect(() => {
    if (status === 'imported') void refresh(client);
  }, [status, refresh, client]);

  const restart = () => {
    setUpload(null);
    setStep('upload');
    run.reset();
  };
  const start = (which: 'check' | 'import') => run.mutate({ run: which, mapping: upload ? mapping : (imp?.mapping ?? {}) }, { onSuccess: () => setStep(which) });
  const showRun = (step === 'check' || step === 'import') && imp;
  const writes = imp?.summary ? toWrite(imp.summary) : 0;

  const checkedActions = (
    <>
      {upload ? <Button onClick={() => setStep('map')}>{t(wizardText.backToMapping)}</Button> : null}
      <Button onClick={restart}>{t(wizardText.chooseAgain)}</Button>
      {imp?.problemCount === 0 && writes > 0 ? (
        <Button type="primary" loading={run.isPending} onClick={() => start('import')} data-testid="import-run">
          {t(text.importNow, { n: writes })}
        </Button>
      ) : null}
    </>
  );
  const finishedActions = (
    <>
      <Button onClick={restart}>{t(wizardText.importAnother)}</Button>
      {status === 'imported' ? (
        <Button type="primary" onClick={() => navigate(listPath)} data-testid="import-done">
          {t(text.toList)}
        </Button>
      ) : null}
    </>
  );

  return (
    <div data-testid={`${base.slice(1, -1)}-page`}>
      <PageHeader
        title={t(text.title)}
        description={t(text.intro)}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(listPath)}>
            {t(text.back)}
          </Button>
        }
      />
      <Card>
        <Steps
          current={STEPS.indexOf(step)}
          size="small"
          responsive={false}
          progressDot={isMobile}
          items={STEPS.map((s) => ({ title: t(TITLES[s]) }))}
          style={{ marginBottom: 24 }}
        />
        {run.error ? <Alert type="error" showIcon title={errorText(run.error, lang)} style={{ marginBottom: 16 }} /> : null}
        {step === 'upload' ? (
          <UploadStep<Uploaded<Import>>
            send={(file, onProgress) => uploadImportFile(file, onProgress, routes.upload)}
            templateUrl={routes.template}
            hint={<Typography.Text type="secondary">{t(text.uploadHint)}</Typography.Text>}
            onUploaded={(uploaded) => {
              setUpload(uploaded);
              setMapping(uploaded.mapping);
              setStep('map');
            }}
          />
        ) : null}
        {step === 'map' && upload ? (
          <MappingStep
            upload={upload}
            mapping={mapping}
            onChange={setMapping}
            onBack={restart}
            onCheck={() => start('check')}
            starting={run.isPending}
            check={checkMapping}
            repeatable={repeatable}
            intro={text.mapIntro}
          />
        ) : null}
        {showRun && isRunning(status) ? <RunProgress current={imp} writing={text.writing} /> : null}
        {showRun && !isRunning(status) ? (
          <RunResult
            current={imp}
            text={text}
            problemsUrl={routes.problems}
            outcomes={outcomes(imp.outcomes)}
            actions={step === 'check' && status === 'checked' ? checkedActions : finishedActions}
          />
        ) : null}
      </Card>
    </div>
  );
}
