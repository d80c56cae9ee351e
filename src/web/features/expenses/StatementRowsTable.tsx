import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../shared/i18n/lang';
import { useIsMobile } from '../../shared/ui/use-media-query';
import type { StatementDetail, StatementRow } from './api';
import { rate, yuan } from './format';
import { expenseText } from './text';

const money = (fen: number) => <span style={{ whiteSpace: 'nowrap' }}>{yuan(fen)}</span>;

/** The statement's table: one row per customer, the adjusted amount and its reason, and the totals underneath. */
export function StatementRowsTable({ statement, onAdjust }: { statement: StatementDetail; onAdjust?: (row: StatementRow) => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const tot = statement.totals;
  const columns: ColumnsType<StatementRow> = [
    { title: t(expenseText.customer), dataIndex: 'customerName', fixed: isMobile ? undefined : 'left', width: isMobile ? 140 : 200 },
    { title: t(expenseText.purchases), dataIndex: 'purchasesFen', align: 'right', render: money },
    { title: t(expenseText.collected), dataIndex: 'collectedFen', align: 'right', render: money },
    { title: t(expenseText.collectionRate), dataIndex: 'collectionRateBp', align: 'right', render: (bp: number | null) => rate(bp) },
    { title: t(expenseText.standard), dataIndex: 'standardFen', align: 'right', render: money },
    { title: t(expenseText.payable), dataIndex: 'payableFen', align: 'right', render: money },
    {
      title: t(expenseText.adjusted),
      dataIndex: 'adjustedFen',
      align: 'right',
      render: (fen: number | null) => (fen === null ? '—' : <Typography.Text strong>{yuan(fen)}</Typography.Text>),
    },
    { title: t(expenseText.reason), dataIndex: 'adjustmentReason', render: (r: string | null) => r ?? '—' },
    { title: t(expenseText.final), dataIndex: 'finalFen', align: 'right', render: (fen: number) => <Typography.Text strong>{yuan(fen)}</Typography.Text> },
  ];
  if (onAdjust) {
    columns.push({
      title: '',
      key: 'adjust',
      fixed: isMobile ? undefined : 'right',
      render: (_, row) => (
        <Button size="small" onClick={() => onAdjust(row)} data-testid="row-adjust">
          {t(expenseText.adjust)}
        </Button>
      ),
    });
  }
  return (
    <Table<StatementRow>
      rowKey="customerId"
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={statement.rows}
      locale={{ emptyText: t(expenseText.noRows) }}
      data-testid="statement-rows"
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row data-testid="statement-totals">
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t(expenseText.total)}</Typography.Text> <Typography.Text type="secondary">{t(expenseText.customers, { n: tot.customers })}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">{money(tot.purchasesFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{money(tot.collectedFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">{rate(tot.collectionRateBp)}</Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">{money(tot.standardFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">{money(tot.payableFen)}</Table.Summary.Cell>
            <Table.Summary.Cell index={6} />
            <Table.Summary.Cell index={7} />
            <Table.Summary.Cell index={8} align="right">
              <Typography.Text strong data-testid="statement-total-final">
                {yuan(tot.finalFen)}
              </Typography.Text>
            </Table.Summary.Cell>
            {onAdjust ? <Table.Summary.Cell index={9} /> : null}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
