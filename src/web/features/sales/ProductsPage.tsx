import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Segmented, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../../domain/sales/money';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { DataTable } from '../../shared/ui/DataTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryView } from '../../shared/ui/QueryView';
import { useConfirmAction } from '../../shared/ui/use-confirm-action';
import { useProducts, useSetProductActive, type Product } from './api';
import { ProductFormModal } from './ProductFormModal';
import { ProductStandardCell } from './ProductStandardHistory';
import { salesText } from './text';

type Dialog = { product: Product | null } | null;

/** 产品: the catalogue with prices and 客情费 standard; the head of sales and administrators edit it. */
export function ProductsPage() {
  const { can } = useSession();
  const t = useT();
  const manage = can('product.manage');
  const [q, setQ] = useState('');
  const [active, setActive] = useState<'true' | 'false' | ''>('true');
  const products = useProducts({ q, active });
  const [dialog, setDialog] = useState<Dialog>(null);
  const confirm = useConfirmAction();
  const setActiveState = useSetProductActive();

  const columns: TableColumnsType<Product> = [
    { key: 'code', title: t(salesText.code), dataIndex: 'code', width: 110 },
    { key: 'name', title: t(salesText.name), render: (_, p) => <span>{p.name}{p.spec ? <span style={{ color: '#888' }}> {p.spec}</span> : null}</span> },
    { key: 'category', title: t(salesText.category), dataIndex: 'category', width: 100 },
    { key: 'unit', title: t(salesText.unit), dataIndex: 'unit', width: 60 },
    { key: 'list', title: t(salesText.listPrice), align: 'right', render: (_, p) => formatYuan(p.listPriceFen) },
    { key: 'cost', title: t(salesText.cost), align: 'right', render: (_, p) => formatYuan(p.costFen) },
    { key: 'expense', title: t(salesText.expenseStandard), align: 'right', render: (_, p) => <ProductStandardCell product={p} /> },
    { key: 'status', title: t(salesText.status), render: (_, p) => (p.active ? <Tag color="green">{t(salesText.onSale)}</Tag> : <Tag>{t(salesText.discontinued)}</Tag>) },
  ];
  if (manage) {
    columns.push({
      key: 'actions',
      title: t(common.actions),
      render: (_, p) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => setDialog({ product: p })}>
            {t(common.edit)}
          </Button>
          <Button
            type="link"
            size="small"
            danger={p.active}
            onClick={() =>
              confirm({
                texts: {
                  title: p.active ? salesText.deactivate : salesText.activate,
                  body: p.active ? salesText.deactivateConfirm : salesText.activateConfirm,
                  ok: p.active ? salesText.deactivate : salesText.activate,
                  done: common.saved,
                },
                vars: { name: p.name },
                danger: p.active,
                run: () => setActiveState.mutateAsync(p),
              })
            }
          >
            {t(p.active ? salesText.deactivate : salesText.activate)}
          </Button>
        </Space>
      ),
    });
  }

  return (
    <div data-testid="products-page">
      <PageHeader
        title={t(salesText.productsTitle)}
        description={t(salesText.productsIntro)}
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ product: null })} data-testid="product-create">
              {t(salesText.productCreate)}
            </Button>
          ) : null
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t(salesText.productSearch)} onSearch={setQ} style={{ maxWidth: 280 }} />
        <Segmented
          value={active}
          onChange={(v) => setActive(v as typeof active)}
          options={[
            { value: 'true', label: t(salesText.onSale) },
            { value: 'false', label: t(salesText.discontinued) },
            { value: '', label: t(common.all) },
          ]}
        />
      </Flex>
      <Card styles={{ body: { padding: 0 } }}>
        <QueryView query={products}>{(page) => <DataTable<Product> columns={columns} dataSource={page.items} size="small" />}</QueryView>
      </Card>
      {dialog ? <ProductFormModal product={dialog.product} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
