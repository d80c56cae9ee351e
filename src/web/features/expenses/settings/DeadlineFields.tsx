import { Form, InputNumber, Typography } from 'antd';
import { EXPENSE_SETTINGS_FIELD_LABELS as LABELS } from '../../../../domain/expenses/field-labels';
import { MAX_DEADLINE_WORKING_DAY } from '../../../../domain/expenses/settings';
import { useT } from '../../../shared/i18n/lang';
import type { ExpenseSettingsValues } from './form-values';
import { expenseSettingsText as text } from './text';

const DEADLINES = [
  { name: 'submitByWorkingDay', help: text.submitHelp },
  { name: 'reviewByWorkingDay', help: text.reviewHelp },
  { name: 'payoutFromWorkingDay', help: text.payoutHelp },
] as const;

/** Submit-by, review-by and payout-from, each "次月第 N 个工作日" with a line saying what it means for the N entered. */
export function DeadlineFields() {
  const t = useT();
  const form = Form.useFormInstance<ExpenseSettingsValues>();
  const values = Form.useWatch((v: ExpenseSettingsValues) => v, form);
  return (
    <>
      <Typography.Paragraph type="secondary">{t(text.deadlinesHelp)}</Typography.Paragraph>
      {DEADLINES.map(({ name, help }, i) => (
        <Form.Item
          key={name}
          label={t(LABELS[name])}
          name={name}
          extra={t(help, { n: values?.[name] ?? 'N' })}
          rules={[{ required: true, message: t(LABELS[name]) }]}
          style={i === DEADLINES.length - 1 ? { marginBottom: 0 } : undefined}
        >
          <InputNumber min={1} max={MAX_DEADLINE_WORKING_DAY} precision={0} prefix={t(text.nextMonth)} suffix={t(text.workingDay)} style={{ width: 220 }} data-testid={`expense-settings-${name}`} />
        </Form.Item>
      ))}
    </>
  );
}
