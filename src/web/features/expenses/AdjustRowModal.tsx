import { Alert, Form, Input } from 'antd';
import { useState } from 'react';
import { parseYuan } from '../../../domain/sales/money';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useLang, useT } from '../../shared/i18n/lang';
import { FormModal } from '../../shared/ui/FormModal';
import { useAdjustRow, type StatementRow } from './api';
import { yuan, yuanRule, yuanText } from './format';
import { expenseText } from './text';

interface Values {
  adjustedFen?: string;
  reason?: string;
}

/** Changes what is paid out for one customer; above the payable amount the reason is required (the form says so). */
export function AdjustRowModal({ statementId, row, onClose }: { statementId: string; row: StatementRow; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form);
  const adjust = useAdjustRow(statementId);
  const [saving, setSaving] = useState(false);
  const typed = Form.useWatch('adjustedFen', form);
  const typedFen = typed?.trim() ? parseYuan(typed) : null;
  const aboveStandard = typedFen !== null && typedFen > row.payableFen;
  return (
    <FormModal<Values>
      title={t(expenseText.adjustTitle, { customer: row.customerName })}
      form={form}
      initialValues={{ adjustedFen: row.adjustedFen === null ? '' : yuanText(row.adjustedFen), reason: row.adjustmentReason ?? '' }}
      submitting={saving}
      testId="adjust-form"
      onClose={onClose}
      onValuesChange={errors.clear}
      onFinish={(v) => {
        setSaving(true);
        const fen = v.adjustedFen?.trim() ? parseYuan(v.adjustedFen) : null;
        adjust
          .mutateAsync({ customerId: row.customerId, version: row.version, adjustedFen: fen, reason: v.reason?.trim() || undefined })
          .then(onClose, errors.report)
          .finally(() => setSaving(false));
      }}
    >
      <Alert type="info" showIcon title={t(expenseText.adjustHelp, { payable: yuan(row.payableFen), standard: yuan(row.standardFen) })} style={{ marginBottom: 16 }} />
      {errors.alert}
      <Form.Item label={t(expenseText.adjustAmount)} name="adjustedFen" rules={[yuanRule(lang, { required: false })]}>
        <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} data-testid="adjust-amount" />
      </Form.Item>
      <Form.Item
        label={t(expenseText.reason)}
        name="reason"
        dependencies={['adjustedFen']}
        extra={aboveStandard ? t(expenseText.reasonRequired, { payable: yuan(row.payableFen) }) : undefined}
        rules={[{ required: aboveStandard, whitespace: true, message: t(expenseText.reasonRequired, { payable: yuan(row.payableFen) }) }]}
      >
        <Input.TextArea rows={2} maxLength={200} showCount data-testid="adjust-reason" />
      </Form.Item>
    </FormModal>
  );
}
