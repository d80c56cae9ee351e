import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Flex, Select, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatYuan } from '../../../domain/sales/money';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { DataTable } from '../../shared/ui/DataTable';
import { LoadMore } from '../../shared/ui/LoadMore';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { useOrders, type OrderSummary } from './api';
import { kindLabel, sourceLabel } from './labels';
import { orderImportText } from './import/text';
import { OrderFormModal } from './OrderFormModal';
import { salesText } from './text';

/** One order per row on a phone: date, kind and customer, then amount and what is owed. */
function CompactOrders({ items, empty }: { items: OrderSummary[]; empty: string }) {
  const t = useT();
  if (items.length === 0) return <Typography.Paragraph type="secondary" style={{ padding: 16, margin: 0 }}>{empty}</Typography.Paragraph>;
  return (
    <div>
      {items.map((o) => (
        <Link key={o.id} to={`/orders/${o.id}`} style={{ display: 'block', padding: '10px 12px', borderBottom: '1px solid #f0f0f0', color: 'inherit' }}>
          <Flex justify="space-between" gap={8}>
            <Typography.Text strong ellipsis>{o.customerName}</Typography.Text>
            <Typography.Text>{formatYuan(o.amountFen)}</Typography.Text>
          </Flex>
          <Flex justify="space-between" gap={8}>
            <Typography.Text type="secondary">
              {o.orderDate} <Tag color={o.kind === 'sale' ? 'blue' : 'orange'}>{kindLabel(t, o.kind)}</Tag>
            </Typography.Text>
            {o.owedFen > 0 ? <Typography.Text type="danger">{t(salesText.owed)} {formatYuan(o.owedFen)}</Typography.Text> : null}
          </Flex>
        </Link>
      ))}
    </div>
  );
}

/** 订单: sales and returns of the customers in scope, newest first, with filters; 新建订单 for those who enter orders. */
export function OrdersPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const customerId = params.get('customerId') ?? undefined;
  const [kind, setKind] = useState<'' | 'sale' | 'return'>('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [owing, setOwing] = useState(false);
  const [creating, setCreating] = useState(false);
  const isMobile = useIsMobile();
  const orders = useOrders({
    customerId,
    kind,
    from: range?.[0]?.format('YYYY-MM-DD'),
    to: range?.[1]?.format('YYYY-MM-DD'),
    owing: owing ? 'true' : undefined,
  });

  const columns: TableColumnsType<OrderSummary> = [
    { key: 'date', title: t(salesText.orderDate), dataIndex: 'orderDate', width: 110, render: (d: string, o) => <Link to={`/orders/${o.id}`}>{d}</Link> },
    { key: 'kind', title: t(salesText.kind), width: 70, render: (_, o) => <Tag color={o.kind === 'sale' ? 'blue' : 'orange'}>{kindLabel(t, o.kind)}</Tag> },
    { key: 'customer', title: t(salesText.customer), render: (_, o) => <Link to={`/orders/${o.id}`}>{o.customerName}</Link> },
    { key: 'office', title: t(salesText.office), dataIndex: 'officeName' },
    { key: 'owner', title: t(salesText.owner), dataIndex: 'ownerName' },
    { key: 'amount', title: t(salesText.amount), align: 'right', render: (_, o) => formatYuan(o.amountFen) },
    { key: 'owed', title: t(salesText.owed), align: 'right', render: (_, o) => (o.owedFen > 0 ? <Typography.Text type="danger">{formatYuan(o.owedFen)}</Typography.Text> : '—') },
    { key: 'source', title: t(salesText.source), render: (_, o) => sourceLabel(t, o.source) },
  ];

  return (
    <div data-testid="orders-page">
      <PageHeader
        title={t(salesText.ordersTitle)}
        description={t(salesText.ordersIntro)}
        extra={
          can('order.create') ? (
            <Flex gap={8} wrap>
              <Button icon={<UploadOutlined />} onClick={() => navigate('/orders/import')} data-testid="order-import">
                {t(orderImportText.title)}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="order-create">
                {t(salesText.orderCreate)}
              </Button>
            </Flex>
          ) : null
        }
      />
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Select
          value={kind}
          onChange={setKind}
          style={{ width: 120 }}
          options={[
            { value: '', label: t(salesText.allKinds) },
            { value: 'sale', label: t(salesText.sale) },
            { value: 'return', label: t(salesText.return) },
          ]}
        />
        <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} style={{ maxWidth: 280 }} />
        <Checkbox checked={owing} onChange={(e) => setOwing(e.target.checked)}>
          {t(salesText.owingOnly)}
        </Checkbox>
        {customerId ? (
          <Tag closable onClose={() => navigate('/orders')}>
            {t(salesText.customer)}
          </Tag>
        ) : null}
      </Flex>
      <Card styles={{ body: { padding: 0 } }}>
        <QueryView query={orders}>
          {(data) => {
            const items = data.pages.flatMap((p) => p.items);
            return (
              <>
                {isMobile ? (
                  <CompactOrders items={items} empty={t(salesText.noOrders)} />
                ) : (
                  <DataTable<OrderSummary> columns={columns} dataSource={items} size="small" emptyText={t(salesText.noOrders)} />
                )}
                <LoadMore shown={items.length} hasMore={orders.hasNextPage} loading={orders.isFetchingNextPage} onMore={() => void orders.fetchNextPage()} />
              </>
            );
          }}
        </QueryView>
      </Card>
      {creating ? <OrderFormModal onClose={() => setCreating(false)} onSaved={(o) => navigate(`/orders/${o.id}`)} /> : null}
    </div>
  );
}
