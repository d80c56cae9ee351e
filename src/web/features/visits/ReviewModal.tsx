import { Alert, Form, Input } from 'antd';
import { useState } from 'react';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { visitsText } from './text';

const TEXTS = {
  approve: { ok: visitsText.approve, label: visitsText.commentOptional, required: null },
  return: { ok: visitsText.returnPlan, label: visitsText.comment, required: visitsText.commentRequired },
  reopen: { ok: visitsText.reopen, label: visitsText.reopenReason, required: visitsText.reopenReasonRequired },
} as const;

/**
 * 批准 (comment optional) or 退回 (comment required) a submitted plan, or 修订 an approved one (reason required);
 * `note` says what the step carries (the manager's adjustments, what a revision does).
 */
export function ReviewModal({ step, title, note, submit, onClose }: { step: keyof typeof TEXTS; title: string; note?: string; submit: (comment: string | undefined) => Promise<unknown>; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ comment?: string }>();
  const errors = useFormErrors(form);
  const [saving, setSaving] = useState(false);
  const text = TEXTS[step];
  return (
    <FormModal<{ comment?: string }>
      title={title}
      form={form}
      submitting={saving}
      okText={t(text.ok)}
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
      {note ? <Alert type="info" showIcon title={note} style={{ marginBottom: 16 }} data-testid="plan-review-note" /> : null}
      <Form.Item
        label={t(text.label)}
        name="comment"
        rules={text.required ? [{ required: true, whitespace: true, message: t(text.required) }] : []}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="plan-review-comment" />
      </Form.Item>
    </FormModal>
  );
}
