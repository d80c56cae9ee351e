import { Table, Typography } from 'antd';
import { formatYuan } from '../../../domain/sales/money';
import { useT } from '../../shared/i18n/lang';
import { useCustomerGrades, type GradeHistoryEntry } from './api';
import { GradeBadge } from './GradeBadge';
import { abcText } from './text';

/** A customer's grades in the monthly gradings, newest first. */
export function GradeHistory({ customerId }: { customerId: string }) {
  const t = useT();
  const grades = useCustomerGrades(customerId);
  if (grades.isPending || grades.isError) return null;
  if (grades.data.length === 0) return <Typography.Text type="secondary">{t(abcText.noGrades)}</Typography.Text>;
  return (
    <Table<GradeHistoryEntry>
      size="small"
      rowKey="gradingId"
      dataSource={grades.data}
      pagination={{ pageSize: 12, size: 'small', hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      data-testid="grade-history"
      columns={[
        { title: t(abcText.period), render: (_, g) => t(abcText.periodOf, { from: g.periodFrom.slice(0, 7), to: g.periodTo.slice(0, 7) }) },
        { title: t(abcText.grade), dataIndex: 'grade', render: (g: GradeHistoryEntry['grade']) => <GradeBadge grade={g} /> },
        { title: t(abcText.rank), render: (_, g) => (g.rank === null ? '—' : `${g.rank} / ${g.graded ?? '—'}`) },
        { title: t(abcText.sales), dataIndex: 'salesFen', align: 'right', render: (f: number) => formatYuan(f) },
      ]}
    />
  );
}

/** The customer's current grade (from the latest monthly grading), for the page title. */
export function CurrentGradeBadge({ customerId }: { customerId: string }) {
  const grades = useCustomerGrades(customerId);
  return <GradeBadge grade={grades.data?.[0]?.grade} />;
}
