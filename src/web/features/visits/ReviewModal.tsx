import { Form, Input } from 'antd';
import { useState } from 'react';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { visitsText } from './text';

/** 批准 (comment optional) or 退回 (comment required) a submitted plan. */
export function ReviewModal({ step, title, submit, onClose }: { step: 'approve' | 'return'; title: string; submit: (comment: string | undefined) => Promise<unknown>; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ comment?: string }>();
  const errors = useFormErrors(form);
  const [saving, setSaving] = useState(false);
  const returning = step === 'return';
  return (
    <FormModal<{ comment?: string }>
      title={title}
      form={form}
      submitting={saving}
      okText={t(returning ? visitsText.returnPlan : visitsText.approve)}
      testId={`plan-${step}-form`}
      onClose={onClose}
      onValuesChange={errors.clear}
      onFinish={({ comment }) => {
        setSaving(true);
        submit(comment?.trim() || undefined)
          .then(onClose, errors.report)
          .finally(() => setSaving(false));
      }}
    >
      {errors.alert}
      <Form.Item
        label={t(returning ? visitsText.comment : visitsText.commentOptional)}
        name="comment"
        rules={returning ? [{ required: true, whitespace: true, message: t(visitsText.commentRequired) }] : []}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="plan-review-comment" />
      </Form.Item>
    </FormModal>
  );
}
