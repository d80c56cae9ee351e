import { Badge, Card, DatePicker, Drawer, Flex, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { CompactList } from '../../shared/ui/CompactList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { useDailyLogDay, useDailyLogs, type DailyLog } from './daily-log-api';
import { dailyLogText } from './daily-log-text';
import { DailyLogDay } from './DailyLogDay';
import { DailyLogComment, DailyLogCommentBox, DailyLogSummaryEditor } from './DailyLogEditors';
import { dayLabel } from './plan-dates';

const today = () => dayjs().format('YYYY-MM-DD');

function useParam() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (p) => {
          const next = Object.fromEntries(p);
          for (const [k, v] of Object.entries(changes)) {
            if (v === null) delete next[k];
            else next[k] = v;
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, set] as const;
}

/** The rep's own day: plan against done, the summary editor, and the manager's comment once there is one. */
function MyDay() {
  const t = useT();
  const [params, set] = useParam();
  const date = params.get('date') ?? today();
  const query = useDailyLogDay(date);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 760 }}>
      <DatePicker
        value={dayjs(date)}
        allowClear={false}
        onChange={(d) => d && set({ date: d.format('YYYY-MM-DD') })}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        aria-label={t(dailyLogText.date)}
        data-testid="daily-log-date"
        style={{ width: 160 }}
      />
      <QueryView query={query}>
        {(data) => (
          <>
            <DailyLogDay data={data} />
            {data.log ? <DailyLogComment log={data.log} /> : null}
            <DailyLogSummaryEditor date={data.day.date} log={data.log} future={data.day.date > today()} />
          </>
        )}
      </QueryView>
    </Flex>
  );
}

/** One rep's day as the manager opens it: the day, the summary, and the comment box (or the comment). */
function ReviewDrawer({ repId, date, onClose }: { repId: string; date: string; onClose: () => void }) {
  const t = useT();
  const { can } = useSession();
  const isMobile = useIsMobile();
  const query = useDailyLogDay(date, repId);
  return (
    <Drawer open onClose={onClose} width={isMobile ? '100%' : 640} title={query.data ? `${query.data.day.repName} · ${dayLabel(t, date)}` : dayLabel(t, date)} data-testid="daily-log-drawer">
      <QueryView query={query}>
        {(data) => (
          <Flex vertical gap={12}>
            <DailyLogDay data={data} />
            <Card size="small" title={t(dailyLogText.summary)}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="daily-log-summary-text">
                {data.log?.summary ?? t(dailyLogText.notWritten)}
              </Typography.Paragraph>
            </Card>
            {data.log && can('dailyLog.comment') ? <DailyLogCommentBox log={data.log} /> : data.log ? <DailyLogComment log={data.log} /> : null}
          </Flex>
        )}
      </QueryView>
    </Drawer>
  );
}

/** The logs in scope by date (newest first), each opening the rep's day with the comment box. */
function LogList() {
  const t = useT();
  const [params, set] = useParam();
  const to = params.get('to') ?? today();
  const from = params.get('from') ?? dayjs(to).subtract(13, 'day').format('YYYY-MM-DD');
  const uncommented = params.get('uncommented') === 'true';
  const query = useDailyLogs({ from, to, uncommented });
  const open = params.get('rep') && params.get('date') ? { repId: params.get('rep')!, date: params.get('date')! } : null;
  const line = (l: DailyLog) => t(dailyLogText.planVsDone, { planned: l.plannedContacts, done: l.doneContacts, flagged: l.flaggedContacts });
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} align="center">
        <DatePicker.RangePicker
          value={[dayjs(from), dayjs(to)]}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
          aria-label={t(dailyLogText.range)}
          style={{ maxWidth: 280 }}
        />
        <Flex gap={6} align="center">
          <Switch checked={uncommented} onChange={(v) => set({ uncommented: v ? 'true' : null })} data-testid="daily-log-uncommented" />
          <Typography.Text>{t(dailyLogText.uncommentedOnly)}</Typography.Text>
        </Flex>
      </Flex>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <QueryView query={query}>
          {(data) => (
            <CompactList
              testId="daily-log-list"
              emptyText={t(dailyLogText.noLogs)}
              items={data.items.map((l) => ({
                key: l.id,
                title: (
                  <Typography.Link onClick={() => set({ rep: l.repId, date: l.date })} data-testid="daily-log-open">
                    {l.repName} · {dayLabel(t, l.date)}
                  </Typography.Link>
                ),
                tags: l.comment ? <Tag color="success">{t(dailyLogText.commented)}</Tag> : <Badge status="processing" text={t(dailyLogText.waiting)} />,
                lines: [line(l), l.summary.length > 80 ? `${l.summary.slice(0, 80)}…` : l.summary],
              }))}
            />
          )}
        </QueryView>
      </Card>
      {open ? <ReviewDrawer repId={open.repId} date={open.date} onClose={() => set({ rep: null, date: null })} /> : null}
    </Flex>
  );
}

/**
 * 成功手册: a rep writes the summary of each day beside its plan and visits; the office manager (and the head of
 * sales, read-only) lists the logs by date, opens a rep's day and comments. Dates and the open log are in the address.
 */
export function DailyLogPage() {
  const t = useT();
  const { can } = useSession();
  const rep = can('dailyLog.write');
  return (
    <div data-testid="daily-log-page">
      <PageHeader title={t(dailyLogText.title)} description={t(rep ? dailyLogText.introRep : dailyLogText.introManager)} />
      {rep ? <MyDay /> : <LogList />}
    </div>
  );
}
