import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatYuan } from '../../../domain/sales/money';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { useOrder, type Collection, type OrderDetail, type OrderLine, type OrderSummary } from './api';
import { CollectionModal } from './CollectionModal';
import { kindLabel, sourceLabel } from './labels';
import { OrderFormModal } from './OrderFormModal';
import { salesText } from './text';

function Detail({ order }: { order: OrderDetail }) {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const [collecting, setCollecting] = useState(false);
  const [returning, setReturning] = useState(false);
  const isSale = order.kind === 'sale';
  const canReturn = isSale && can('order.create') && order.returnable.some((r) => r.quantity > 0);
  const isMobile = useIsMobile();
  const lineColumns: TableColumnsType<OrderLine> = [
    { key: 'product', title: t(salesText.product), render: (_, l) => `${l.productCode} ${l.productName}` },
    { key: 'q', title: t(salesText.quantity), align: 'right', render: (_, l) => `${l.quantity} ${l.unit}` },
    { key: 'p', title: t(salesText.unitPrice), align: 'right', render: (_, l) => formatYuan(l.unitPriceFen) },
    { key: 'a', title: t(salesText.amount), align: 'right', render: (_, l) => formatYuan(l.amountFen) },
  ];
  // On a phone the amount stays in sight: quantity and price go under the product instead of in columns of their own.
  const compactLineColumns: TableColumnsType<OrderLine> = [
    {
      key: 'product',
      title: t(salesText.product),
      render: (_, l) => (
        <>
          <div>{`${l.productCode} ${l.productName}`}</div>
          <Typography.Text type="secondary">{`${l.quantity} ${l.unit} × ${formatYuan(l.unitPriceFen)}`}</Typography.Text>
        </>
      ),
    },
    lineColumns[3]!,
  ];

  return (
    <div data-testid="order-detail">
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <Tag color={isSale ? 'blue' : 'orange'}>{kindLabel(t, order.kind)}</Tag>
            <Link to={`/customers/${order.customerId}`}>{order.customerName}</Link>
          </Flex>
        }
        description={t(salesText.immutable)}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/orders')}>
              {t(salesText.back)}
            </Button>
            {isSale && can('collection.create') && order.owedFen > 0 ? (
              <Button type="primary" onClick={() => setCollecting(true)} data-testid="order-collect">
                {t(salesText.collect)}
              </Button>
            ) : null}
            {canReturn ? (
              <Button onClick={() => setReturning(true)} data-testid="order-return">
                {t(salesText.makeReturn)}
              </Button>
            ) : null}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
                <Descriptions.Item label={t(salesText.orderDate)}>{order.orderDate}</Descriptions.Item>
                <Descriptions.Item label={t(salesText.amount)}>
                  <span data-testid="order-amount">{formatYuan(order.amountFen)}</span>
                </Descriptions.Item>
                {isSale ? (
                  <>
                    <Descriptions.Item label={t(salesText.returned)}>
                      <span data-testid="order-returned">{formatYuan(order.returnedFen)}</span>
                    </Descriptions.Item>
                    <Descriptions.Item label={t(salesText.collected)}>{formatYuan(order.collectedFen)}</Descriptions.Item>
                    <Descriptions.Item label={t(salesText.owed)}>
                      <Typography.Text strong type={order.owedFen > 0 ? 'danger' : undefined} data-testid="order-owed">
                        {formatYuan(order.owedFen)}
                      </Typography.Text>
                    </Descriptions.Item>
                  </>
                ) : (
                  <Descriptions.Item label={t(salesText.returnOf)}>{order.returnOf ? <Link to={`/orders/${order.returnOf}`}>{t(salesText.returnOf)}</Link> : '—'}</Descriptions.Item>
                )}
                <Descriptions.Item label={t(salesText.office)}>{order.officeName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t(salesText.owner)}>{order.ownerName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t(salesText.source)}>{sourceLabel(t, order.source)}</Descriptions.Item>
                {order.externalRef ? <Descriptions.Item label={t(salesText.externalRef)}>{order.externalRef}</Descriptions.Item> : null}
                <Descriptions.Item label={t(salesText.createdBy)}>{order.createdByName ?? '—'}</Descriptions.Item>
                {order.note ? <Descriptions.Item label={t(salesText.note)}>{order.note}</Descriptions.Item> : null}
              </Descriptions>
            </Card>
            <Card size="small" title={t(salesText.lines)} data-testid="order-lines">
              <Table<OrderLine>
                rowKey="lineNo"
                size="small"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={order.lines}
                columns={isMobile ? compactLineColumns : lineColumns}
              />
            </Card>
          </Flex>
        </Col>
        {isSale ? (
          <Col xs={24} lg={9}>
            <Flex vertical gap={16}>
              <Card size="small" title={t(salesText.collections)} data-testid="order-collections">
                {order.collections.length === 0 ? (
                  <Alert type="warning" title={t(salesText.noCollections)} />
                ) : (
                  <Table<Collection>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={order.collections}
                    columns={[
                      { key: 'd', title: t(salesText.collectedOn), dataIndex: 'collectedOn' },
                      { key: 'a', title: t(salesText.amount), align: 'right', render: (_, c) => formatYuan(c.amountFen) },
                    ]}
                  />
                )}
              </Card>
              {order.returns.length ? (
                <Card size="small" title={t(salesText.returns)} data-testid="order-returns">
                  <Table<OrderSummary>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={order.returns}
                    columns={[
                      { key: 'd', title: t(salesText.orderDate), render: (_, r) => <Link to={`/orders/${r.id}`}>{r.orderDate}</Link> },
                      { key: 'a', title: t(salesText.amount), align: 'right', render: (_, r) => formatYuan(r.amountFen) },
                    ]}
                  />
                </Card>
              ) : null}
            </Flex>
          </Col>
        ) : null}
      </Row>
      {collecting ? <CollectionModal order={order} onClose={() => setCollecting(false)} /> : null}
      {returning ? <OrderFormModal returnFrom={order} onClose={() => setReturning(false)} onSaved={() => setReturning(false)} /> : null}
    </div>
  );
}

/** /orders/:id — one sale or return with its lines, 回款, returns and what is still owed. */
export function OrderDetailPage() {
  const { id = '' } = useParams();
  const order = useOrder(id);
  return <QueryView query={order}>{(o) => <Detail order={o} />}</QueryView>;
}
