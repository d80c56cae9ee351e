import { Alert, DatePicker, Divider, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CUSTOM_TEXT_MAX, customValueSchema, customValueText, fieldLabelOf, fieldsForType, type CustomFieldDefinition } from '../../../domain/customers/custom-fields';
import { pick } from '../../../domain/shared/messages';
import { zodRule } from '../../shared/form/zod-rule';
import { useLang, useT } from '../../shared/i18n/lang';
import { useCustomerFields } from '../admin/customer-fields/api';
import { customFieldText } from './custom-field-text';
import { droppedByType } from './custom-values';

/** The antd input for one kind of value. */
function inputOf(field: CustomFieldDefinition, lang: 'zh' | 'en', placeholder: string) {
  const options = field.options.map((o) => ({ value: o.value, label: pick(o, lang) }));
  switch (field.kind) {
    case 'number':
      return <InputNumber style={{ width: '100%', maxWidth: 240 }} />;
    case 'date':
      return <DatePicker style={{ width: '100%', maxWidth: 240 }} placeholder={placeholder} />;
    case 'single':
      return <Select allowClear options={options} style={{ maxWidth: 360 }} />;
    case 'multi':
      return <Select allowClear mode="multiple" options={options} />;
    case 'text':
      return <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={CUSTOM_TEXT_MAX} />;
  }
}

/** Dates live in the form as YYYY-MM-DD strings, as the API stores them; the picker works with dayjs. */
const dateProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/**
 * The administrator's fields for the chosen customer type, as form items named ['custom', key]. When a change of
 * type leaves stored values without a field, it says which ones will be cleared on saving.
 */
export function CustomFieldInputs({ typeCode, stored }: { typeCode: string | null | undefined; stored?: Record<string, unknown> }) {
  const t = useT();
  const { lang } = useLang();
  const fields = useCustomerFields();
  const all = fields.data ?? [];
  const shown = fieldsForType(all, typeCode);
  const dropped = droppedByType(all, typeCode, stored);
  return (
    <>
      {shown.length || dropped.length ? <Divider titlePlacement="start">{t(customFieldText.section)}</Divider> : null}
      {dropped.length ? (
        <Alert
          type="warning"
          showIcon
          data-testid="custom-dropped"
          title={t(customFieldText.typeChangeDrops)}
          description={dropped.map(({ field, value }) => `${pick(fieldLabelOf(field), lang)}（${pick(customValueText(field, value), lang)}）`).join(lang === 'en' ? '; ' : '；')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {shown.map((field) => {
        const label = pick(fieldLabelOf(field), lang);
        return (
          <Form.Item
            key={field.key}
            label={label}
            name={['custom', field.key]}
            rules={[...(field.required ? [{ required: true, message: t(customFieldText.required, { name: label }) }] : []), zodRule(customValueSchema(field), lang)]}
            {...(field.kind === 'date' ? dateProps : {})}
          >
            {inputOf(field, lang, t(customFieldText.datePlaceholder))}
          </Form.Item>
        );
      })}
    </>
  );
}
