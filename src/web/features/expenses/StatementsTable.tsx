import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n/lang';
import type { StatementSummary } from './api';
import { DeadlineText } from './DeadlineText';
import { yuan } from './format';
import { StatementStatusTag } from './StatementStatusTag';
import { expenseText } from './text';

type Listed = StatementSummary & { dueOn?: string; late?: boolean };

/** Statements in a list: month, rep, office, status, the deadline that matters, the total; each opens the statement. */
export function StatementsTable({ items, emptyText, testId }: { items: Listed[]; emptyText: string; testId: string }) {
  const t = useT();
  const columns: ColumnsType<Listed> = [
    { title: t(expenseText.month), dataIndex: 'month' },
    { title: t(expenseText.rep), dataIndex: 'repName', render: (name: string, s) => <Link to={`/expenses/statements/${s.id}`}>{name}</Link> },
    { title: t(expenseText.office), dataIndex: 'officeName' },
    { title: t(expenseText.status), dataIndex: 'status', render: (status: Listed['status']) => <StatementStatusTag status={status} /> },
    {
      title: t(items.some((s) => s.dueOn) ? expenseText.deadline : expenseText.deadlines),
      key: 'due',
      render: (_, s) =>
        s.dueOn ? (
          <DeadlineText date={s.dueOn} late={!!s.late} testId="due-on" />
        ) : (
          <>
            <DeadlineText date={s.submitBy} late={s.overdue || s.submittedLate} />
            <Typography.Text type="secondary">{` / ${s.reviewBy}`}</Typography.Text>
          </>
        ),
    },
    { title: t(expenseText.customer), key: 'customers', align: 'right', render: (_, s) => s.totals.customers },
    { title: t(expenseText.final), key: 'final', align: 'right', render: (_, s) => <Typography.Text strong>{yuan(s.totals.finalFen)}</Typography.Text> },
    { title: '', key: 'open', render: (_, s) => <Link to={`/expenses/statements/${s.id}`} data-testid="statement-open">{t(expenseText.open)}</Link> },
  ];
  return <Table<Listed> rowKey="id" size="small" pagination={false} scroll={{ x: 'max-content' }} columns={columns} dataSource={items} locale={{ emptyText }} data-testid={testId} />;
}
