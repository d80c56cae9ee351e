import { Card, Descriptions, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { formatYuan } from '../../../domain/sales/money';
import { useT } from '../../shared/i18n/lang';
import { useCustomerSales } from './api';
import { salesText } from './text';

/** The customer page's 销售 card: last 12 months' sales and margin, what is owed, and a link to the orders. */
export function CustomerSalesCard({ customerId }: { customerId: string }) {
  const t = useT();
  const sales = useCustomerSales(customerId);
  const s = sales.data;
  return (
    <Card size="small" title={t(salesText.salesCard)} extra={<Link to={`/orders?customerId=${customerId}`} data-testid="customer-sales-orders">{t(salesText.viewOrders)}</Link>} data-testid="customer-sales">
      {!s ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t(salesText.last12)}>{formatYuan(s.last12MonthsFen)}</Descriptions.Item>
          <Descriptions.Item label={t(salesText.margin)}>{formatYuan(s.last12MonthsFen - s.last12MonthsCostFen)}</Descriptions.Item>
          <Descriptions.Item label={t(salesText.owed)}>
            <Typography.Text type={s.owedFen > 0 ? 'danger' : undefined} data-testid="customer-sales-owed">
              {formatYuan(s.owedFen)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t(salesText.orderCount)}>
            <span data-testid="customer-sales-count">{s.orderCount}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t(salesText.lastOrder)}>
            <span data-testid="customer-sales-last">{s.lastOrderDate ?? '—'}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
