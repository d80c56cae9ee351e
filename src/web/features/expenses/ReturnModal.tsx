import { Form, Input } from 'antd';
import { useState } from 'react';
import { RETURN_COMMENT_MAX } from '../../../domain/expenses/review';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useReviewStep, type StatementSummary } from './api';
import { expenseText } from './text';

/** 退回 with the comment the rep will read; every signature of the round is cleared. */
export function ReturnModal({ statement, onClose }: { statement: StatementSummary; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ comment: string }>();
  const errors = useFormErrors(form);
  const step = useReviewStep(statement.id);
  const [saving, setSaving] = useState(false);
  return (
    <FormModal<{ comment: string }>
      title={t(expenseText.returnTitle, { rep: statement.repName, month: statement.month })}
      form={form}
      submitting={saving}
      okText={t(expenseText.return)}
      testId="return-form"
      onClose={onClose}
      onValuesChange={errors.clear}
      onFinish={({ comment }) => {
        setSaving(true);
        step
          .mutateAsync({ step: 'return', version: statement.version, comment: comment.trim() })
          .then(onClose, errors.report)
          .finally(() => setSaving(false));
      }}
    >
      {errors.alert}
      <Form.Item label={t(expenseText.comment)} name="comment" extra={t(expenseText.returnHelp)} rules={[{ required: true, whitespace: true, message: t(expenseText.commentRequired) }]}>
        <Input.TextArea rows={3} maxLength={RETURN_COMMENT_MAX} showCount data-testid="return-comment" />
      </Form.Item>
    </FormModal>
  );
}
