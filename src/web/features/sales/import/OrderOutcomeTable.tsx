import { List, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatYuan } from '../../../../domain/sales/money';
import { useT } from '../../../shared/i18n/lang';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import type { OrderImport } from './api';
import { orderImportText } from './text';

type Outcome = OrderImport['outcomes'][number];

const ACTION = {
  create: { text: orderImportText.actionCreate, color: 'green' },
  unchanged: { text: orderImportText.actionUnchanged, color: 'default' },
} as const;

/** What the check decided for each order of the file: 新建, or 已导入，不变 — with its customer, lines and amount. */
export function OrderOutcomeTable({ outcomes }: { outcomes: Outcome[] }) {
  const t = useT();
  const isMobile = useIsMobile();
  const tag = (a: Outcome['action']) => <Tag color={ACTION[a].color}>{t(ACTION[a].text)}</Tag>;
  if (isMobile) {
    return (
      <List
        size="small"
        dataSource={outcomes}
        data-testid="order-import-outcomes"
        pagination={outcomes.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        renderItem={(o) => (
          <List.Item extra={tag(o.action)}>
            <div>
              <Typography.Text strong>{o.orderNo}</Typography.Text> {o.customer}
              <div>
                <Typography.Text type="secondary">{t(orderImportText.outcomeLine, { row: o.row, lines: o.lines, amount: formatYuan(o.amountFen) })}</Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
    );
  }
  const columns: TableColumnsType<Outcome> = [
    { key: 'orderNo', title: t(orderImportText.orderNo), dataIndex: 'orderNo', width: 160 },
    { key: 'customer', title: t(orderImportText.customer), dataIndex: 'customer' },
    { key: 'lines', title: t(orderImportText.lines), dataIndex: 'lines', width: 70, align: 'right' },
    { key: 'amount', title: t(orderImportText.amount), width: 130, align: 'right', render: (_, o) => formatYuan(o.amountFen) },
    { key: 'action', title: t(orderImportText.action), width: 150, render: (_, o) => tag(o.action) },
  ];
  return (
    <Table<Outcome>
      rowKey="orderNo"
      size="small"
      columns={columns}
      dataSource={outcomes}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      data-testid="order-import-outcomes"
    />
  );
}
