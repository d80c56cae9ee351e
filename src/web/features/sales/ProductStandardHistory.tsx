import { HistoryOutlined } from '@ant-design/icons';
import { Button, Popover, Table } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../../domain/sales/money';
import { useT } from '../../shared/i18n/lang';
import { QueryView } from '../../shared/ui/QueryView';
import type { Product } from './api';
import { useStandardHistory, type StandardEntry } from './product-standards';
import { salesText } from './text';

/** The product's 客情费 standard with a small popover of the past ones (生效日期, ¥ per unit, who set it). */
export function ProductStandardCell({ product }: { product: Product }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const history = useStandardHistory(product.id, open);
  const content = (
    <div style={{ maxWidth: 360 }} data-testid="standard-history">
      <QueryView query={history}>
        {(data) => (
          <Table<StandardEntry>
            size="small"
            pagination={false}
            rowKey="effectiveFrom"
            dataSource={data.items}
            columns={[
              { key: 'from', title: t(salesText.standardEffectiveFrom), dataIndex: 'effectiveFrom', width: 110 },
              { key: 'fen', title: t(salesText.standardPerUnit), align: 'right', render: (_, e) => formatYuan(e.standardFen) },
              { key: 'by', title: t(salesText.standardSetBy), render: (_, e) => e.createdByName ?? '—' },
            ]}
          />
        )}
      </QueryView>
    </div>
  );
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatYuan(product.expenseStandardFen)}
      <Popover title={t(salesText.standardHistoryTitle, { name: product.name })} content={content} trigger="click" open={open} onOpenChange={setOpen} placement="left">
        <Button type="text" size="small" icon={<HistoryOutlined />} aria-label={t(salesText.standardHistory)} title={t(salesText.standardHistory)} data-testid="standard-history-button" />
      </Popover>
    </span>
  );
}
