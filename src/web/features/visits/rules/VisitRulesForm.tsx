import { Alert, App, Button, Card, Form, InputNumber, Typography } from 'antd';
import { hasCode } from '../../../shared/api/client';
import { useFormErrors } from '../../../shared/form/use-form-errors';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { useSaveVisitSettings, type VisitSettings } from './api';
import { showNestedFieldErrors } from '../../../shared/form/nested-field-errors';
import { formNameOf, toBody, toValues, type VisitRulesValues } from './form-values';
import { GradeRulesTable } from './GradeRulesTable';
import { TypeRulesSection } from './TypeRulesSection';
import { visitRulesText } from './text';

const section = { marginBottom: 16, maxWidth: 720 };

/** The organisation's visit rules and plan settings, saved under the version read. */
export function VisitRulesForm({ settings, editable, onReload }: { settings: VisitSettings; editable: boolean; onReload: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitRulesValues>();
  const save = useSaveVisitSettings();
  const errors = useFormErrors(form);

  const submit = () => {
    errors.clear();
    const values = form.getFieldsValue(true) as VisitRulesValues;
    save.mutate(toBody(values, settings.version), {
      onSuccess: (saved) => {
        form.setFieldsValue(toValues(saved));
        void message.success(t(visitRulesText.saved));
      },
      onError: (err) => {
        // The form is rebuilt from the reloaded settings (its key holds the version), so say it with a message.
        if (hasCode(err, 'VERSION_CONFLICT')) {
          void message.warning(t(common.conflictReloaded));
          onReload();
          return;
        }
        errors.report(err);
        showNestedFieldErrors(form, err, lang, (field) => formNameOf(field, values));
      },
    });
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
      <div style={{ maxWidth: 720 }}>{errors.alert}</div>
      {editable ? (
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="visit-rules-save">
          {t(common.save)}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t(visitRulesText.readOnly)}</Typography.Text>
      )}
    </Form>
  );
}
