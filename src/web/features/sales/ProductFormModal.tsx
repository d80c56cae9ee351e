import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { parseYuan } from '../../../domain/sales/money';
import { productInputSchema } from '../../../domain/sales/ledger-schemas';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { zodRule } from '../../shared/form/zod-rule';
import { useLang, useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { FormModal } from '../../shared/ui/FormModal';
import { useSaveProduct, type Product, type ProductChange } from './api';
import { shanghaiToday } from './product-standards';
import { salesText } from './text';
import { YuanInput, yuanRule, yuanText } from './YuanInput';

interface Values {
  code: string;
  name: string;
  spec?: string;
  category: string;
  unit: string;
  listPriceFen: string;
  costFen: string;
  expenseStandardFen: string;
  /** Shown when an edit changes the 客情费 standard. */
  standardEffectiveFrom?: Dayjs;
}

const toValues = (p: Product): Values => ({
  code: p.code,
  name: p.name,
  spec: p.spec ?? '',
  category: p.category,
  unit: p.unit,
  listPriceFen: yuanText(p.listPriceFen),
  costFen: yuanText(p.costFen),
  expenseStandardFen: yuanText(p.expenseStandardFen),
  standardEffectiveFrom: shanghaiToday(),
});

/** Creates a product, or edits one under its version; prices are typed in yuan and sent in fen. */
export function ProductFormModal({ product, onClose }: { product: Product | null; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveProduct();
  const errors = useFormErrors(form);
  const shape = productInputSchema.shape;
  const typedStandard = Form.useWatch('expenseStandardFen', form);
  const standardChanged = product !== null && typedStandard !== undefined && parseYuan(typedStandard) !== product.expenseStandardFen;

  const submit = (v: Values) => {
    errors.clear();
    const change: Partial<ProductChange> & { standardEffectiveFrom?: string } = {
      code: v.code,
      name: v.name,
      spec: v.spec ?? '',
      category: v.category,
      unit: v.unit,
      listPriceFen: parseYuan(v.listPriceFen)!,
      costFen: parseYuan(v.costFen)!,
      expenseStandardFen: parseYuan(v.expenseStandardFen)!,
    };
    if (standardChanged && v.standardEffectiveFrom) change.standardEffectiveFrom = v.standardEffectiveFrom.format('YYYY-MM-DD');
    save.mutate(product ? { id: product.id, version: product.version, change } : { change }, {
      onSuccess: (saved) => {
        void message.success(product ? t(common.saved) : t(salesText.productCreated, { name: saved.name }));
        onClose();
      },
      onError: errors.report,
    });
  };

  const required = { required: true, whitespace: true, message: t(salesText.required) };
  return (
    <FormModal<Values>
      title={product ? t(salesText.productEdit, { name: product.name }) : t(salesText.productCreate)}
      form={form}
      initialValues={product ? toValues(product) : { unit: '盒' }}
      submitting={save.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="product-form"
    >
      <Form.Item label={t(salesText.code)} name="code" rules={[required, zodRule(shape.code, lang)]}>
        <Input maxLength={40} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item label={t(salesText.name)} name="name" rules={[required, zodRule(shape.name, lang)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t(salesText.spec)} name="spec" rules={[zodRule(shape.spec, lang)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t(salesText.category)} name="category" rules={[required, zodRule(shape.category, lang)]}>
        <Input maxLength={40} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item label={t(salesText.unit)} name="unit" rules={[required, zodRule(shape.unit, lang)]}>
        <Input maxLength={10} style={{ maxWidth: 120 }} />
      </Form.Item>
      <Form.Item label={t(salesText.listPrice)} name="listPriceFen" rules={[yuanRule(lang)]}>
        <YuanInput />
      </Form.Item>
      <Form.Item label={t(salesText.cost)} name="costFen" rules={[yuanRule(lang)]}>
        <YuanInput />
      </Form.Item>
      <Form.Item label={t(salesText.expenseStandard)} name="expenseStandardFen" rules={[yuanRule(lang)]}>
        <YuanInput />
      </Form.Item>
      {standardChanged ? (
        <Form.Item
          label={t(salesText.standardEffectiveFrom)}
          name="standardEffectiveFrom"
          extra={t(salesText.standardEffectiveHelp)}
          rules={[{ required: true, message: t(salesText.required) }]}
        >
          <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(shanghaiToday(), 'day')} data-testid="standard-effective-from" />
        </Form.Item>
      ) : null}
      {errors.alert}
    </FormModal>
  );
}
