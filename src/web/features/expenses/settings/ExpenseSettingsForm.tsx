import { Alert, Card, Checkbox, Form, Input, InputNumber, Switch } from 'antd';
import { EXPENSE_SETTINGS_FIELD_LABELS as LABELS } from '../../../../domain/expenses/field-labels';
import { EXPENSE_USAGE_LABELS, EXPENSE_USAGES, MAX_SPOT_CHECK_SAMPLE } from '../../../../domain/expenses/settings';
import { SettingsSaveBar } from '../../../shared/form/SettingsSaveBar';
import { useVersionedSettingsSave } from '../../../shared/form/use-versioned-settings-save';
import { useLang, useT } from '../../../shared/i18n/lang';
import { yuanRule } from '../format';
import { useSaveExpenseSettings, type ExpenseSettingsView } from './api';
import { DeadlineFields } from './DeadlineFields';
import { formNameOf, toSettings, toValues, type ExpenseSettingsValues } from './form-values';
import { expenseSettingsText as text } from './text';

const section = { marginBottom: 16, maxWidth: 720 };

/** The organisation's 客情费 rules, saved under the version read. */
export function ExpenseSettingsForm({ view, editable, onReload }: { view: ExpenseSettingsView; editable: boolean; onReload: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<ExpenseSettingsValues>();
  const { save, errors, saving } = useVersionedSettingsSave({
    form,
    mutation: useSaveExpenseSettings(),
    toValues: (saved) => toValues(saved.settings),
    savedText: text.saved,
    onReload,
    fieldName: formNameOf,
  });
  const yesNo = { checkedChildren: t(text.yes), unCheckedChildren: t(text.no) };
  const submit = (values: ExpenseSettingsValues) => save({ version: view.version, settings: toSettings(values) }, values);

  return (
    <Form<ExpenseSettingsValues> form={form} layout="vertical" initialValues={toValues(view.settings)} onFinish={submit} onValuesChange={errors.clear} disabled={!editable} data-testid="expense-settings-form">
      {view.isDefault ? <Alert type="info" showIcon title={t(text.defaults)} style={section} /> : null}
      <Card size="small" title={t(text.usageCard)} style={section}>
        <Form.Item name="usages" extra={t(text.usagesHelp)} rules={[{ required: true, message: t(text.usagesHelp) }]} style={{ marginBottom: 0 }}>
          <Checkbox.Group options={EXPENSE_USAGES.map((u) => ({ value: u, label: t(EXPENSE_USAGE_LABELS[u]) }))} data-testid="expense-settings-usages" />
        </Form.Item>
      </Card>
      <Card size="small" title={t(text.payoutCard)} style={section}>
        <Form.Item label={t(LABELS.payOnlyAfterCollection)} name="payOnlyAfterCollection" valuePropName="checked" extra={t(text.payOnlyAfterCollectionHelp)}>
          <Switch {...yesNo} />
        </Form.Item>
        <Form.Item label={t(LABELS.payoutFollowsCollectionRate)} name="payoutFollowsCollectionRate" valuePropName="checked" extra={t(text.payoutFollowsCollectionRateHelp)} style={{ marginBottom: 0 }}>
          <Switch {...yesNo} />
        </Form.Item>
      </Card>
      <Card size="small" title={t(text.limitsCard)} style={section}>
        <Form.Item label={t(LABELS.borrowingLimitFen)} name="borrowingLimit" required extra={t(text.borrowingLimitHelp)} rules={[yuanRule(lang, { required: true, positive: true })]}>
          <Input prefix="¥" inputMode="decimal" style={{ width: 200 }} data-testid="expense-settings-limit" />
        </Form.Item>
        <Form.Item label={t(LABELS.spotCheckSampleSize)} name="spotCheckSampleSize" extra={t(text.spotCheckHelp, { max: MAX_SPOT_CHECK_SAMPLE })} rules={[{ required: true, message: t(LABELS.spotCheckSampleSize) }]} style={{ marginBottom: 0 }}>
          <InputNumber min={1} max={MAX_SPOT_CHECK_SAMPLE} precision={0} suffix={t(text.families)} style={{ width: 160 }} data-testid="expense-settings-spot-check" />
        </Form.Item>
      </Card>
      <Card size="small" title={t(text.deadlinesCard)} style={section}>
        <DeadlineFields />
      </Card>
      <SettingsSaveBar editable={editable} saving={saving} alert={errors.alert} readOnlyText={text.readOnly} testId="expense-settings-save" />
    </Form>
  );
}
