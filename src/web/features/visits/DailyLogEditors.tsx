import { Alert, App, Button, Card, Flex, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../shared/api/client';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang, useT } from '../../shared/i18n/lang';
import { useCommentDailyLog, useWriteDailyLog, type DailyLog } from './daily-log-api';
import { dailyLogText } from './daily-log-text';

/** The manager's comment as the rep and others read it. */
export function DailyLogComment({ log }: { log: DailyLog }) {
  const t = useT();
  if (!log.comment) return null;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="daily-log-comment"
      title={`${t(dailyLogText.comment)}（${t(dailyLogText.commentBy, { name: log.comment.byName, time: formatDateTime(log.comment.at) })}）`}
      description={<Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{log.comment.text}</Typography.Paragraph>}
    />
  );
}

/** The rep's summary of the day: editable until the manager comments, read-only after. */
export function DailyLogSummaryEditor({ date, log, future }: { date: string; log: DailyLog | null; future: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const write = useWriteDailyLog();
  const [text, setText] = useState(log?.summary ?? '');
  useEffect(() => setText(log?.summary ?? ''), [log?.summary, date]);
  const locked = log !== null && !log.editable;
  const save = () =>
    write.mutate(
      { date, summary: text, version: log?.version ?? 0 },
      { onSuccess: () => void message.success(t(dailyLogText.saved)), onError: (err) => void message.error(errorText(err, lang)) },
    );
  return (
    <Card size="small" title={t(dailyLogText.summary)} extra={log ? <Typography.Text type="secondary">{t(dailyLogText.writtenAt, { time: formatDateTime(log.summaryAt) })}</Typography.Text> : null}>
      <Flex vertical gap={8}>
        {future ? <Alert type="info" showIcon title={t(dailyLogText.futureDay)} /> : null}
        {locked ? <Alert type="info" showIcon title={t(dailyLogText.locked)} /> : null}
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={4000}
          placeholder={t(dailyLogText.summaryPlaceholder)}
          disabled={locked || future}
          aria-label={t(dailyLogText.summary)}
          data-testid="daily-log-summary"
        />
        {locked || future ? null : (
          <Button type="primary" onClick={save} loading={write.isPending} disabled={!text.trim() || text === (log?.summary ?? '')} data-testid="daily-log-save" style={{ alignSelf: 'flex-start' }}>
            {t(dailyLogText.save)}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

/** The office manager's comment box on a rep's log (a new comment, or a revision of theirs). */
export function DailyLogCommentBox({ log }: { log: DailyLog }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const comment = useCommentDailyLog();
  const [text, setText] = useState(log.comment?.text ?? '');
  useEffect(() => setText(log.comment?.text ?? ''), [log.id, log.comment?.text]);
  const send = () =>
    comment.mutate(
      { id: log.id, version: log.version, comment: text },
      { onSuccess: () => void message.success(t(dailyLogText.commentSaved)), onError: (err) => void message.error(errorText(err, lang)) },
    );
  return (
    <Card size="small" title={t(dailyLogText.comment)}>
      <Flex vertical gap={8}>
        <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} placeholder={t(dailyLogText.commentPlaceholder)} aria-label={t(dailyLogText.comment)} data-testid="daily-log-comment-input" />
        <Button type="primary" onClick={send} loading={comment.isPending} disabled={!text.trim() || text === (log.comment?.text ?? '')} data-testid="daily-log-comment-send" style={{ alignSelf: 'flex-start' }}>
          {t(log.comment ? dailyLogText.reviseComment : dailyLogText.sendComment)}
        </Button>
      </Flex>
    </Card>
  );
}
