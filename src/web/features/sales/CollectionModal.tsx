import { App, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatYuan, parseYuan } from '../../../domain/sales/money';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useLang, useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useCollect, type OrderDetail } from './api';
import { salesText } from './text';
import { YuanInput, yuanRule, yuanText } from './YuanInput';

interface Values {
  collectedOn: Dayjs;
  amountFen: string;
}

/** 登记回款 against a sale: at most what is owed (the server checks it again under a lock). */
export function CollectionModal({ order, onClose }: { order: OrderDetail; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const collect = useCollect(order.id);
  const errors = useFormErrors(form);
  const submit = (v: Values) => {
    errors.clear();
    collect.mutate(
      { collectedOn: v.collectedOn.format('YYYY-MM-DD'), amountFen: parseYuan(v.amountFen)! },
      {
        onSuccess: () => {
          void message.success(t(salesText.collectedOk));
          onClose();
        },
        onError: errors.report,
      },
    );
  };
  return (
    <FormModal<Values>
      title={t(salesText.collectTitle, { owed: formatYuan(order.owedFen) })}
      form={form}
      initialValues={{ collectedOn: dayjs(), amountFen: yuanText(order.owedFen) }}
      submitting={collect.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="collection-form"
    >
      <Form.Item label={t(salesText.collectedOn)} name="collectedOn" rules={[{ required: true, message: t(salesText.required) }]}>
        <DatePicker allowClear={false} />
      </Form.Item>
      <Form.Item label={t(salesText.collectAmount)} name="amountFen" rules={[yuanRule(lang)]}>
        <YuanInput />
      </Form.Item>
      {errors.alert}
    </FormModal>
  );
}
