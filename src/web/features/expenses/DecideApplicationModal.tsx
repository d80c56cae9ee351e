import { Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useDecideApplication, type Application } from './api';
import { yuan } from './format';
import { expenseText } from './text';

interface Values {
  decision: 'approve' | 'refuse';
  comment?: string;
}

/** The sales manager approves or refuses a new-customer special expense application (a refusal says why). */
export function DecideApplicationModal({ application: a, onClose }: { application: Application; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form);
  const decide = useDecideApplication();
  const [saving, setSaving] = useState(false);
  const decision = Form.useWatch('decision', form);
  return (
    <FormModal<Values>
      title={t(expenseText.decideTitle, { customer: a.customerName, amount: yuan(a.amountFen) })}
      form={form}
      initialValues={{ decision: 'approve' }}
      submitting={saving}
      testId="decide-form"
      onClose={onClose}
      onValuesChange={errors.clear}
      onFinish={(v) => {
        setSaving(true);
        decide
          .mutateAsync({ id: a.id, version: a.version, decision: v.decision, comment: v.comment?.trim() || undefined })
          .then(onClose, errors.report)
          .finally(() => setSaving(false));
      }}
    >
      {errors.alert}
      <p>{a.reason}</p>
      <Form.Item name="decision">
        <Radio.Group
          options={[
            { value: 'approve', label: t(expenseText.approveApp) },
            { value: 'refuse', label: t(expenseText.refuseApp) },
          ]}
        />
      </Form.Item>
      <Form.Item label={t(expenseText.comment)} name="comment" rules={[{ required: decision === 'refuse', whitespace: true, message: t(expenseText.commentRequired) }]}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
