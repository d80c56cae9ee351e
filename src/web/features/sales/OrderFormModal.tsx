import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { sumFen } from '../../../domain/sales/fen';
import { formatYuan, lineAmount, parseYuan } from '../../../domain/sales/money';
import { CustomerSearchSelect } from '../../shared/entities/CustomerSearchSelect';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useLang, useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useEnterOrder, useProducts, type OrderDetail, type Product } from './api';
import { salesText } from './text';
import { YuanInput, yuanRule, yuanText } from './YuanInput';

interface LineValues {
  productId?: string;
  quantity?: number;
  price?: string;
}

interface Values {
  customerId: string;
  orderDate: Dayjs;
  note?: string;
  lines: LineValues[];
}

/** What a line comes to, in fen, from the typed price or the product's list price; null while incomplete. */
function lineFen(line: LineValues | undefined, products: Map<string, Product>, fallbackPrice?: (productId: string) => number | undefined): number | null {
  if (!line?.productId || !line.quantity) return null;
  const price = line.price?.trim() ? parseYuan(line.price) : (fallbackPrice?.(line.productId) ?? products.get(line.productId)?.listPriceFen ?? null);
  return price === null ? null : lineAmount(line.quantity, price);
}

/**
 * 新建订单 (a sale), or a return from a sale when `returnFrom` is given: products from the catalogue, quantity,
 * a price in yuan (the list price — or the sale's price for a return — when left empty) and the live total in ¥.
 */
export function OrderFormModal({ customer, returnFrom, onClose, onSaved }: { customer?: { id: string; name: string }; returnFrom?: OrderDetail; onClose: () => void; onSaved: (o: OrderDetail) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const enter = useEnterOrder();
  const errors = useFormErrors(form);
  const catalogue = useProducts(returnFrom ? {} : { active: 'true' });
  const products = new Map((catalogue.data?.items ?? []).map((p) => [p.id, p]));
  const lines = Form.useWatch('lines', form) ?? [];
  const salePrice = (productId: string) => returnFrom?.lines.find((l) => l.productId === productId)?.unitPriceFen;
  const amounts = lines.map((l) => lineFen(l, products, returnFrom ? salePrice : undefined));
  const total = sumFen(amounts.filter((a): a is number => a !== null));
  const left = new Map((returnFrom?.returnable ?? []).map((r) => [r.productId, r.quantity]));
  const productOptions = returnFrom
    ? returnFrom.lines.filter((l, i, all) => all.findIndex((x) => x.productId === l.productId) === i).map((l) => ({ value: l.productId, label: `${l.productCode} ${l.productName}（${t(salesText.returnable, { n: left.get(l.productId) ?? 0 })}）` }))
    : (catalogue.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name} ${p.spec ?? ''} · ${formatYuan(p.listPriceFen)}/${p.unit}` }));

  const submit = (v: Values) => {
    errors.clear();
    enter.mutate(
      {
        customerId: returnFrom?.customerId ?? v.customerId,
        kind: returnFrom ? 'return' : 'sale',
        orderDate: v.orderDate.format('YYYY-MM-DD'),
        ...(returnFrom ? { returnOf: returnFrom.id } : {}),
        ...(v.note ? { note: v.note } : {}),
        lines: v.lines.map((l) => ({ productId: l.productId!, quantity: l.quantity!, ...(l.price?.trim() ? { unitPriceFen: parseYuan(l.price)! } : {}) })),
      },
      {
        onSuccess: (saved) => {
          void message.success(t(returnFrom ? salesText.returnedOk : salesText.orderCreated));
          onSaved(saved);
        },
        onError: errors.report,
      },
    );
  };

  const initialLines: LineValues[] = returnFrom ? [{ productId: returnFrom.returnable.find((r) => r.quantity > 0)?.productId, quantity: 1 }] : [{ quantity: 1 }];
  return (
    <FormModal<Values>
      title={returnFrom ? t(salesText.returnTitle) : t(salesText.orderCreate)}
      form={form}
      initialValues={{ customerId: customer?.id, orderDate: dayjs(), lines: initialLines }}
      submitting={enter.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="order-form"
    >
      <Alert type="info" showIcon title={t(salesText.immutable)} style={{ marginBottom: 16 }} />
      {returnFrom ? (
        <Typography.Paragraph>
          {t(salesText.customer)}：{returnFrom.customerName} · {t(salesText.returnOf)}：{returnFrom.orderDate} {formatYuan(returnFrom.amountFen)}
        </Typography.Paragraph>
      ) : (
        <Form.Item label={t(salesText.customer)} name="customerId" rules={[{ required: true, message: t(salesText.required) }]}>
          {customer ? <Select disabled options={[{ value: customer.id, label: customer.name }]} /> : <CustomerSearchSelect placeholder={t(salesText.customerSearch)} testId="order-customer" />}
        </Form.Item>
      )}
      <Form.Item label={t(salesText.orderDate)} name="orderDate" rules={[{ required: true, message: t(salesText.required) }]}>
        <DatePicker allowClear={false} />
      </Form.Item>
      <Typography.Text strong>{t(salesText.lines)}</Typography.Text>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Flex key={field.key} wrap gap={8} align="flex-start" style={{ marginTop: 8, paddingBottom: 8, borderBottom: '1px dashed #eee' }} data-testid="order-line">
                <Form.Item name={[field.name, 'productId']} rules={[{ required: true, message: t(salesText.required) }]} style={{ flex: '1 1 100%', minWidth: 0, marginBottom: 0 }}>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={productOptions}
                    placeholder={t(salesText.product)}
                    loading={catalogue.isPending}
                    style={{ width: '100%' }}
                    data-testid="line-product"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'quantity']} label={t(salesText.quantity)} rules={[{ required: true, message: t(salesText.required) }]} style={{ marginBottom: 0 }}>
                  <InputNumber min={1} precision={0} style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'price']} label={t(salesText.unitPrice)} rules={[yuanRule(lang, false)]} style={{ marginBottom: 0 }}>
                  <YuanInput
                    placeholder={(() => {
                      const id = lines[i]?.productId;
                      const fen = id ? (returnFrom ? salePrice(id) : products.get(id)?.listPriceFen) : undefined;
                      return fen !== undefined ? yuanText(fen) : t(salesText.unitPriceHint);
                    })()}
                    style={{ width: 160 }}
                  />
                </Form.Item>
                <Flex align="center" gap={8} style={{ height: 32, alignSelf: 'flex-end' }}>
                  <Typography.Text data-testid="line-amount">{amounts[i] !== null && amounts[i] !== undefined ? formatYuan(amounts[i]) : '—'}</Typography.Text>
                  {fields.length > 1 ? <Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" /> : null}
                </Flex>
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} style={{ marginTop: 8 }} block>
              {t(salesText.addLine)}
            </Button>
          </>
        )}
      </Form.List>
      <Flex justify="flex-end" style={{ margin: '12px 0' }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="order-total">
          {t(salesText.total)}：{formatYuan(returnFrom ? -total : total)}
        </Typography.Title>
      </Flex>
      <Form.Item label={t(salesText.note)} name="note">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
      </Form.Item>
      {errors.alert}
    </FormModal>
  );
}
