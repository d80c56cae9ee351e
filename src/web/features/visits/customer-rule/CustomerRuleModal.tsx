import { App, Form, InputNumber, Select, Typography } from 'antd';
import { customerRuleInputSchema } from '../../../../domain/visits/customer-rule-input';
import { hasCode } from '../../../shared/api/client';
import { useFormErrors } from '../../../shared/form/use-form-errors';
import { zodRule } from '../../../shared/form/zod-rule';
import { useLang, useT } from '../../../shared/i18n/lang';
import { FormModal } from '../../../shared/ui/FormModal';
import { useSaveCustomerVisitRule, type CustomerVisitRule } from './api';
import { customerRuleText } from './text';

interface Values {
  visitsPerMonth: number | null;
  phoneAllowed: 'rule' | 'yes' | 'no';
}

const toValues = (r: CustomerVisitRule): Values => ({ visitsPerMonth: r.own.visitsPerMonth, phoneAllowed: r.own.phoneAllowed === null ? 'rule' : r.own.phoneAllowed ? 'yes' : 'no' });

/** A manager's exception for one customer: visits a month and whether a call may stand in (empty: as the grade says). */
export function CustomerRuleModal({ rule, customerName, onClose }: { rule: CustomerVisitRule; customerName: string; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCustomerVisitRule(rule.customerId);
  const errors = useFormErrors(form);

  const submit = (values: Values) => {
    errors.clear();
    const phoneAllowed = values.phoneAllowed === 'rule' ? null : values.phoneAllowed === 'yes';
    save.mutate(
      { version: rule.version, visitsPerMonth: values.visitsPerMonth ?? null, phoneAllowed },
      {
        onSuccess: () => {
          void message.success(t(customerRuleText.saved));
          onClose();
        },
        onError: (err) => {
          if (hasCode(err, 'VERSION_CONFLICT')) {
            void message.warning(t(customerRuleText.conflict));
            onClose();
          } else errors.report(err);
        },
      },
    );
  };

  const phone = t(rule.effective.phoneAllowed ? customerRuleText.allowed : customerRuleText.notAllowed);
  return (
    <FormModal<Values>
      title={t(customerRuleText.editTitle, { name: customerName })}
      form={form}
      initialValues={toValues(rule)}
      submitting={save.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="customer-rule-form"
    >
      <Typography.Paragraph type="secondary">{t(customerRuleText.editIntro, { n: rule.effective.visitsPerMonth, phone })}</Typography.Paragraph>
      <Form.Item label={t(customerRuleText.visitsField)} name="visitsPerMonth" extra={t(customerRuleText.visitsHelp)} rules={[zodRule(customerRuleInputSchema.shape.visitsPerMonth, lang)]}>
        <InputNumber placeholder={t(customerRuleText.visitsPlaceholder)} style={{ width: 160 }} data-testid="customer-rule-visits" />
      </Form.Item>
      <Form.Item label={t(customerRuleText.phoneField)} name="phoneAllowed">
        <Select
          style={{ width: 200 }}
          options={[
            { value: 'rule', label: t(customerRuleText.asRule) },
            { value: 'yes', label: t(customerRuleText.allowed) },
            { value: 'no', label: t(customerRuleText.notAllowed) },
          ]}
          data-testid="customer-rule-phone"
        />
      </Form.Item>
      {errors.alert}
    </FormModal>
  );
}
