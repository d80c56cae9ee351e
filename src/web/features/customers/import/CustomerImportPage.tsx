import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText } from '../../../shared/api/client';
import { useLang, useT } from '../../../shared/i18n/lang';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useIsMobile } from '../../../shared/ui/use-is-mobile';
import { isRunning, useCurrentImport, useRefreshAfterImport, useStartImportRun, type UploadedImport } from './api';
import { MappingStep, type Mapping } from './MappingStep';
import { RunProgress } from './RunProgress';
import { RunResult } from './RunResult';
import { importText } from './text';
import { UploadStep } from './UploadStep';

type Step = 'upload' | 'map' | 'check' | 'import';
const STEPS: Step[] = ['upload', 'map', 'check', 'import'];

/**
 * 导入客户: 上传文件 → 对应列 → 检查 → 导入. The check and the import run on the server; this page polls the
 * current import for their progress and results, and comes back to a run under way after a reload.
 */
export function CustomerImportPage() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const current = useCurrentImport();
  const run = useStartImportRun();
  const refresh = useRefreshAfterImport();
  const [step, setStep] = useState<Step>('upload');
  const [upload, setUpload] = useState<UploadedImport | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const imp = current.data;
  const status = imp?.status;

  // A reload during a run comes back to it.
  useEffect(() => {
    if (status === 'checking' && step === 'upload') setStep('check');
    if (status === 'importing' && step === 'upload') setStep('import');
  }, [status, step]);
  useEffect(() => {
    if (status === 'imported') void refresh();
  }, [status, refresh]);

  const restart = () => {
    setUpload(null);
    setStep('upload');
    run.reset();
  };
  const start = (which: 'check' | 'import') =>
    run.mutate({ run: which, mapping: upload ? mapping : (imp?.mapping ?? {}) }, { onSuccess: () => setStep(which) });

  const titles = { upload: importText.stepUpload, map: importText.stepMap, check: importText.stepCheck, import: importText.stepImport };
  const runError = run.error ? <Alert type="error" showIcon title={errorText(run.error, lang)} style={{ marginBottom: 16 }} /> : null;
  const showRun = (step === 'check' || step === 'import') && imp;

  return (
    <div data-testid="customer-import-page">
      <PageHeader
        title={t(importText.title)}
        description={t(importText.intro)}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/customers')}>
            {t(importText.back)}
          </Button>
        }
      />
      <Card>
        <Steps
          current={STEPS.indexOf(step)}
          size="small"
          responsive={false}
          progressDot={isMobile}
          items={STEPS.map((s) => ({ title: t(titles[s]) }))}
          style={{ marginBottom: 24 }}
        />
        {runError}
        {step === 'upload' ? (
          <UploadStep
            onUploaded={(uploaded) => {
              setUpload(uploaded);
              setMapping(uploaded.mapping);
              setStep('map');
            }}
          />
        ) : null}
        {step === 'map' && upload ? <MappingStep upload={upload} mapping={mapping} onChange={setMapping} onBack={restart} onCheck={() => start('check')} starting={run.isPending} /> : null}
        {showRun && isRunning(status) ? <RunProgress current={imp} /> : null}
        {showRun && !isRunning(status) ? (
          <RunResult
            current={imp}
            actions={
              step === 'check' && status === 'checked' ? (
                <>
                  {upload ? <Button onClick={() => setStep('map')}>{t(importText.backToMapping)}</Button> : null}
                  <Button onClick={restart}>{t(importText.chooseAgain)}</Button>
                  {imp.problemCount === 0 && imp.summary && imp.summary.create + imp.summary.update > 0 ? (
                    <Button type="primary" loading={run.isPending} onClick={() => start('import')} data-testid="import-run">
                      {t(importText.importNow, { n: imp.summary.create + imp.summary.update })}
                    </Button>
                  ) : null}
                </>
              ) : (
                <>
                  <Button onClick={restart}>{t(importText.importAnother)}</Button>
                  {status === 'imported' ? (
                    <Button type="primary" onClick={() => navigate('/customers')} data-testid="import-done">
                      {t(importText.toCustomers)}
                    </Button>
                  ) : null}
                </>
              )
            }
          />
        ) : null}
      </Card>
    </div>
  );
}
