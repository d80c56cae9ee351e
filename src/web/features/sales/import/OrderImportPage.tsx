import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { checkOrderMapping } from '../../../../domain/sales/order-import-columns';
import { errorText } from '../../../shared/api/client';
import { useLang, useT } from '../../../shared/i18n/lang';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useIsMobile } from '../../../shared/ui/use-is-mobile';
import { isRunning } from '../../customers/import/api';
import { MappingStep, type Mapping } from '../../customers/import/MappingStep';
import { RunProgress } from '../../customers/import/RunProgress';
import { importText } from '../../customers/import/text';
import { UploadStep } from '../../customers/import/UploadStep';
import { ORDER_TEMPLATE_URL, uploadOrderFile, useCurrentOrderImport, useRefreshAfterOrderImport, useStartOrderImportRun, type UploadedOrderImport } from './api';
import { OrderRunResult } from './OrderRunResult';
import { orderImportText as text } from './text';

type Step = 'upload' | 'map' | 'check' | 'import';
const STEPS: Step[] = ['upload', 'map', 'check', 'import'];
const noRepeats = () => false;

/**
 * 导入订单: 上传文件 → 对应列 → 检查 → 导入, as the customer import (whose steps it reuses). The check and the import
 * run on the server; this page polls the current order import and comes back to a run under way after a reload.
 */
export function OrderImportPage() {
  const t = useT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const current = useCurrentOrderImport();
  const run = useStartOrderImportRun();
  const refresh = useRefreshAfterOrderImport();
  const [step, setStep] = useState<Step>('upload');
  const [upload, setUpload] = useState<UploadedOrderImport | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const imp = current.data;
  const status = imp?.status;

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
  const start = (which: 'check' | 'import') => run.mutate({ run: which, mapping: upload ? mapping : (imp?.mapping ?? {}) }, { onSuccess: () => setStep(which) });
  const titles = { upload: importText.stepUpload, map: importText.stepMap, check: importText.stepCheck, import: importText.stepImport };
  const showRun = (step === 'check' || step === 'import') && imp;

  return (
    <div data-testid="order-import-page">
      <PageHeader
        title={t(text.title)}
        description={t(text.intro)}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/orders')}>
            {t(text.back)}
          </Button>
        }
      />
      <Card>
        <Steps current={STEPS.indexOf(step)} size="small" responsive={false} progressDot={isMobile} items={STEPS.map((s) => ({ title: t(titles[s]) }))} style={{ marginBottom: 24 }} />
        {run.error ? <Alert type="error" showIcon title={errorText(run.error, lang)} style={{ marginBottom: 16 }} /> : null}
        {step === 'upload' ? (
          <UploadStep<UploadedOrderImport>
            send={uploadOrderFile}
            templateUrl={ORDER_TEMPLATE_URL}
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
            check={checkOrderMapping}
            repeatable={noRepeats}
            intro={text.mapIntro}
          />
        ) : null}
        {showRun && isRunning(status) ? <RunProgress current={imp} writing={text.writing} /> : null}
        {showRun && !isRunning(status) ? (
          <OrderRunResult
            current={imp}
            actions={
              step === 'check' && status === 'checked' ? (
                <>
                  {upload ? <Button onClick={() => setStep('map')}>{t(importText.backToMapping)}</Button> : null}
                  <Button onClick={restart}>{t(importText.chooseAgain)}</Button>
                  {imp.problemCount === 0 && imp.summary && imp.summary.create > 0 ? (
                    <Button type="primary" loading={run.isPending} onClick={() => start('import')} data-testid="import-run">
                      {t(text.importNow, { n: imp.summary.create })}
                    </Button>
                  ) : null}
                </>
              ) : (
                <>
                  <Button onClick={restart}>{t(importText.importAnother)}</Button>
                  {status === 'imported' ? (
                    <Button type="primary" onClick={() => navigate('/orders')} data-testid="import-done">
                      {t(text.toOrders)}
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
