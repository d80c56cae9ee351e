import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useLang, useT } from '../../shared/i18n/lang';
import type { Application } from './api';
import { DecideApplicationModal } from './DecideApplicationModal';
import { yuan } from './format';
import { expenseText } from './text';

const STATUS_COLORS: Record<Application['status'], string> = { pending: 'processing', approved: 'success', refused: 'error' };

/** New-customer special expense applications; the sales manager decides the pending ones from here. */
export function ApplicationsTable({ items, canDecide, showRep }: { items: Application[]; canDecide: boolean; showRep: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const [deciding, setDeciding] = useState<Application | null>(null);
  const columns: ColumnsType<Application> = [
    { title: t(expenseText.filedOn), dataIndex: 'filedOn' },
    ...(showRep ? [{ title: t(expenseText.rep), dataIndex: 'repName' }] : []),
    { title: t(expenseText.customer), dataIndex: 'customerName' },
    { title: t(expenseText.usage), key: 'usage', render: (_, a) => (lang === 'en' ? a.usageLabel_en : a.usageLabel) },
    { title: t(expenseText.amount), dataIndex: 'amountFen', align: 'right', render: (fen: number) => yuan(fen) },
    { title: t(expenseText.applicationReason), dataIndex: 'reason' },
    {
      title: t(expenseText.status),
      key: 'status',
      render: (_, a) => (
        <>
          <Tag color={STATUS_COLORS[a.status]}>{t(expenseText.appStatus[a.status])}</Tag>
          {a.decidedByName ? `${a.decidedByName} ${a.decidedOn ?? ''}` : ''}
          {a.decisionComment ? `：${a.decisionComment}` : ''}
        </>
      ),
    },
  ];
  if (canDecide) {
    columns.push({
      title: '',
      key: 'decide',
      render: (_, a) =>
        a.status === 'pending' ? (
          <Button size="small" onClick={() => setDeciding(a)} data-testid="application-decide">
            {t(expenseText.decide)}
          </Button>
        ) : null,
    });
  }
  return (
    <>
      <Table<Application> rowKey="id" size="small" pagination={false} scroll={{ x: 'max-content' }} columns={columns} dataSource={items} locale={{ emptyText: t(expenseText.specialNone) }} />
      {deciding ? <DecideApplicationModal application={deciding} onClose={() => setDeciding(null)} /> : null}
    </>
  );
}
