import { Alert, App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { EXPENSE_USAGE_LABELS, EXPENSE_USAGES, type ExpenseUsage } from '../../../domain/expenses/settings';
import { parseYuan } from '../../../domain/sales/money';
import { CustomerSearchSelect } from '../../shared/entities/CustomerSearchSelect';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useLang, useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useFileApplication } from './api';
import { yuanRule } from './format';
import { expenseText } from './text';

interface Values {
  customerId: string;
  usage: ExpenseUsage;
  amountFen: string;
  reason: string;
}

/** 《新客户特殊费用申请表》: filed by the rep before the customer's first order, decided by the sales manager. */
export function ApplicationFormModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form);
  const file = useFileApplication();
  const [saving, setSaving] = useState(false);
  return (
    <FormModal<Values>
      title={t(expenseText.specialFileTitle)}
      form={form}
      initialValues={{ usage: 'new_customer' }}
      submitting={saving}
      testId="application-form"
      onClose={onClose}
      onValuesChange={errors.clear}
      onFinish={(v) => {
        setSaving(true);
        file
          .mutateAsync({ customerId: v.customerId, usage: v.usage, amountFen: parseYuan(v.amountFen)!, reason: v.reason.trim() })
          .then((filed) => {
            void message.success(t(expenseText.specialFiled, { month: filed.filedOn.slice(0, 7) }));
            onClose();
          }, errors.report)
          .finally(() => setSaving(false));
      }}
    >
      <Alert type="info" showIcon title={t(expenseText.specialFileHelp)} style={{ marginBottom: 16 }} />
      {errors.alert}
      <Form.Item label={t(expenseText.customer)} name="customerId" rules={[{ required: true, message: t(expenseText.required) }]}>
        <CustomerSearchSelect placeholder={t(expenseText.customerSearch)} testId="application-customer" />
      </Form.Item>
      <Form.Item label={t(expenseText.usage)} name="usage" rules={[{ required: true, message: t(expenseText.required) }]}>
        <Select options={EXPENSE_USAGES.map((u) => ({ value: u, label: t(EXPENSE_USAGE_LABELS[u]) }))} data-testid="application-usage" />
      </Form.Item>
      <Form.Item label={t(expenseText.amount)} name="amountFen" required rules={[yuanRule(lang, { required: true, positive: true })]}>
        <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} data-testid="application-amount" />
      </Form.Item>
      <Form.Item label={t(expenseText.applicationReason)} name="reason" rules={[{ required: true, whitespace: true, message: t(expenseText.required) }]}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="application-reason" />
      </Form.Item>
    </FormModal>
  );
}
