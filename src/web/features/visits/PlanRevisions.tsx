import { Collapse, Flex, Tag, Typography } from 'antd';
import { formatDateTime } from '../../shared/format/datetime';
import { useT } from '../../shared/i18n/lang';
import { usePlanRevisions, type PlanRevision } from './api';
import { dayLabel } from './plan-dates';
import { visitsText } from './text';

/** What one version held, a line per day: the customers in route order (phone calls marked). */
function RevisionDays({ revision }: { revision: PlanRevision }) {
  const t = useT();
  const days = new Map<string, PlanRevision['contacts']>();
  for (const c of revision.contacts) days.set(c.date, [...(days.get(c.date) ?? []), c]);
  return (
    <Flex vertical gap={2}>
      {[...days].map(([date, contacts]) => (
        <Typography.Text key={date} style={{ fontSize: 13 }}>
          <Typography.Text type="secondary">{dayLabel(t, date)}：</Typography.Text>
          {contacts.map((c) => c.customerName + (c.kind === 'phone' ? t(visitsText.revisionPhone) : '')).join('、')}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/**
 * The plan's approved versions (第 N 版), newest first: who approved each and when, who reopened it for revision and
 * why, and, opened, what it held day by day. Nothing is shown before the first approval.
 */
export function PlanRevisions({ planId, status }: { planId: string; status: string }) {
  const t = useT();
  const { data } = usePlanRevisions(planId);
  if (!data || data.length === 0) return null;
  return (
    <Collapse
      size="small"
      data-testid="plan-revisions"
      items={[
        {
          key: 'versions',
          label: t(visitsText.revisionsTitle, { n: data.length }),
          children: (
            <Collapse
              size="small"
              ghost
              items={data.map((r, i) => ({
                key: r.revision,
                label: (
                  <Flex vertical gap={2} data-testid={`plan-revision-${r.revision}`}>
                    <Flex gap={8} align="center" wrap>
                      <Typography.Text strong>{t(visitsText.revisionLine, { n: r.revision, at: formatDateTime(r.approvedAt), name: r.approvedByName ?? '—' })}</Typography.Text>
                      {i === 0 && status === 'approved' ? <Tag color="green">{t(visitsText.revisionCurrent)}</Tag> : null}
                      <Typography.Text type="secondary">{t(visitsText.revisionContacts, { n: r.contacts.length })}</Typography.Text>
                    </Flex>
                    {r.comment ? <Typography.Text type="secondary">{t(visitsText.managerComment, { comment: r.comment })}</Typography.Text> : null}
                    {r.reopenedAt ? (
                      <Typography.Text type="warning">{t(visitsText.revisionReopened, { at: formatDateTime(r.reopenedAt), name: r.reopenedByName ?? '—', reason: r.reopenReason ?? '' })}</Typography.Text>
                    ) : null}
                  </Flex>
                ),
                children: <RevisionDays revision={r} />,
              }))}
            />
          ),
        },
      ]}
    />
  );
}
