import { Alert, Card, Form, InputNumber } from 'antd';
import { SettingsSaveBar } from '../../../shared/form/SettingsSaveBar';
import { useVersionedSettingsSave } from '../../../shared/form/use-versioned-settings-save';
import { useT } from '../../../shared/i18n/lang';
import { useSaveVisitSettings, type VisitSettings } from './api';
import { formNameOf, toBody, toValues, type VisitRulesValues } from './form-values';
import { GradeRulesTable } from './GradeRulesTable';
import { TypeRulesSection } from './TypeRulesSection';
import { visitRulesText } from './text';

const section = { marginBottom: 16, maxWidth: 720 };

/** The organisation's visit rules and plan settings, saved under the version read. */
export function VisitRulesForm({ settings, editable, onReload }: { settings: VisitSettings; editable: boolean; onReload: () => void }) {
  const t = useT();
  const [form] = Form.useForm<VisitRulesValues>();
  const { save, errors, saving } = useVersionedSettingsSave({ form, mutation: useSaveVisitSettings(), toValues, savedText: visitRulesText.saved, onReload, fieldName: formNameOf });

  // All values, the type rows' grades included (getFieldsValue(true) also keeps what no Form.Item shows).
  const submit = () => {
    const values = form.getFieldsValue(true) as VisitRulesValues;
    save(toBody(values, settings.version), values);
  };

  return (
    <Form<VisitRulesValues> form={form} layout="vertical" initialValues={toValues(settings)} onFinish={submit} onValuesChange={errors.clear} disabled={!editable} data-testid="visit-rules-form">
      {settings.isDefault ? <Alert type="info" showIcon title={t(visitRulesText.defaults)} style={section} /> : null}
      <Card size="small" title={t(visitRulesText.byGrade)} style={section}>
        <GradeRulesTable />
      </Card>
      <Card size="small" title={t(visitRulesText.byType)} style={section}>
        <TypeRulesSection editable={editable} />
      </Card>
      <Card size="small" title={t(visitRulesText.plan)} style={section}>
        <Form.Item label={t(visitRulesText.dailyCapacity)} name="dailyCapacity" extra={t(visitRulesText.dailyCapacityHelp)} rules={[{ required: true, message: t(visitRulesText.dailyCapacityHelp) }]}>
          <InputNumber min={1} max={30} precision={0} suffix={t(visitRulesText.times)} style={{ width: 120 }} data-testid="visit-rules-capacity" />
        </Form.Item>
        <Form.Item label={t(visitRulesText.tolerance)} name="checkInToleranceMetres" extra={t(visitRulesText.toleranceHelp)} rules={[{ required: true, message: t(visitRulesText.toleranceHelp) }]} style={{ marginBottom: 0 }}>
          <InputNumber min={10} max={5000} precision={0} step={50} suffix={t(visitRulesText.metres)} style={{ width: 140 }} data-testid="visit-rules-tolerance" />
        </Form.Item>
      </Card>
      <SettingsSaveBar editable={editable} saving={saving} alert={errors.alert} readOnlyText={visitRulesText.readOnly} testId="visit-rules-save" />
    </Form>
  );
}
