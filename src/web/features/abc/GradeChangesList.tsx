import { Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatYuan } from '../../../domain/sales/money';
import { useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { QueryView } from '../../shared/ui/QueryView';
import { useGradeChanges, type GradeChanges, type GradeOrNone } from './api';
import { GradeBadge } from './GradeBadge';
import { abcText } from './text';

type Kind = GradeChanges['items'][number]['kind'];
const KINDS: Kind[] = ['down', 'dropped', 'up', 'new'];

/** Who moved between the last two monthly gradings, within the person's scope: the list managers act on. */
export function GradeChangesList() {
  const t = useT();
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const query = useGradeChanges(kind === 'all' ? undefined : kind);
  return (
    <QueryView query={query}>
      {(data) =>
        !data.from || !data.to ? (
          <Typography.Text type="secondary">{t(abcText.changesNone)}</Typography.Text>
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t(abcText.changesBetween, { from: data.from.periodTo.slice(0, 7), to: data.to.periodTo.slice(0, 7) })}</Typography.Paragraph>
            <Segmented<Kind | 'all'>
              style={{ marginBottom: 12 }}
              value={kind}
              onChange={setKind}
              options={[{ value: 'all', label: t(common.all) }, ...KINDS.map((k) => ({ value: k, label: `${t(abcText[k])} ${data.counts[k]}` }))]}
            />
            <Table
              size="small"
              rowKey="customerId"
              dataSource={data.items}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 20, size: 'small', hideOnSinglePage: true }}
              locale={{ emptyText: t(abcText.noChanges) }}
              data-testid="grade-changes"
              columns={[
                { title: t(abcText.customer), render: (_, r) => <Link to={`/customers/${r.customerId}`}>{r.customer.name}</Link> },
                { title: t(abcText.before), dataIndex: 'from', render: (g: GradeOrNone | null) => <GradeBadge grade={g} /> },
                { title: t(abcText.after), dataIndex: 'to', render: (g: GradeOrNone | null) => <GradeBadge grade={g} /> },
                { title: t(abcText.grade), dataIndex: 'kind', render: (k: Kind) => t(abcText[k]) },
                { title: t(abcText.salesBefore), dataIndex: 'salesBeforeFen', align: 'right', render: (f: number | null) => (f === null ? '—' : formatYuan(f)) },
                { title: t(abcText.salesAfter), dataIndex: 'salesAfterFen', align: 'right', render: (f: number | null) => (f === null ? '—' : formatYuan(f)) },
                { title: t(abcText.office), render: (_, r) => r.customer.officeName ?? '—' },
                { title: t(abcText.owner), render: (_, r) => r.customer.ownerName ?? '—' },
              ]}
            />
          </>
        )
      }
    </QueryView>
  );
}
