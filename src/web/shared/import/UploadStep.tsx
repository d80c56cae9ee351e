import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError, errorText } from '../api/client';
import { useLang, useT } from '../i18n/lang';
import { importWizardText as wizardText } from './text';

/** Why an upload was refused: the server's message, and the reason it gives for the file. */
function UploadError({ error }: { error: unknown }) {
  const { lang } = useLang();
  const reasons = error instanceof ApiError ? (error.body.fields ?? []).map((f) => (lang === 'en' ? f.message_en : f.message)) : [];
  return <Alert type="error" showIcon title={errorText(error, lang)} description={reasons.length ? reasons.join('；') : undefined} data-testid="import-upload-error" />;
}

interface Props<U> {
  onUploaded: (uploaded: U) => void;
  /** Sends the file to the import's upload route. */
  send: (file: File, onProgress: (percent: number) => void) => Promise<U>;
  templateUrl: string;
  /** Below the template link: what else to know about the file (where else it can come from, what it may hold). */
  hint?: ReactNode;
}

/** Step 1: choose or drop a file; it is sent with a progress bar. The template is offered as a starting point. */
export function UploadStep<U>({ onUploaded, send: sendFile, templateUrl, hint }: Props<U>) {
  const t = useT();
  const [sending, setSending] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const send = async (file: File) => {
    setError(null);
    setSending({ name: file.name, percent: 0 });
    try {
      const uploaded = await sendFile(file, (percent) => setSending({ name: file.name, percent }));
      onUploaded(uploaded);
    } catch (err) {
      setError(err);
    } finally {
      setSending(null);
    }
  };

  return (
    <Flex vertical gap={16}>
      <div data-testid="import-upload">
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={sending !== null}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t(wizardText.dropTitle)}</p>
          <p className="ant-upload-hint">{t(wizardText.dropHint)}</p>
        </Upload.Dragger>
      </div>
      {sending ? (
        <div>
          <Typography.Text type="secondary">{t(wizardText.uploading, { name: sending.name })}</Typography.Text>
          <Progress percent={sending.percent} status="active" />
        </div>
      ) : null}
      {error ? <UploadError error={error} /> : null}
      <Flex vertical gap={4}>
        <Typography.Text>
          {t(wizardText.templateHint)}{' '}
          <Button type="link" icon={<DownloadOutlined />} href={templateUrl} download style={{ padding: 0 }} data-testid="import-template">
            {t(wizardText.template)}
          </Button>
        </Typography.Text>
        {hint}
      </Flex>
    </Flex>
  );
}
