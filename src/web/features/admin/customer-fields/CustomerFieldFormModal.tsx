import { Alert, App, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { z } from 'zod';
import { CUSTOM_FIELD_KIND_LABELS, CUSTOM_FIELD_KINDS, customFieldShape, isChoice, type CustomFieldKind } from '../../../../domain/customers/custom-fields';
import { pick } from '../../../../domain/shared/messages';
import { useFormErrors } from '../../../shared/form/use-form-errors';
import { useVersionedRecord } from '../../../shared/form/use-versioned-record';
import { zodRule } from '../../../shared/form/zod-rule';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCustomerTypes } from '../../customers/api';
import { markNestedErrors } from '../../customers/form-parts';
import { typeLabel } from '../../customers/labels';
import { fetchCustomerField, useSaveCustomerField, type CustomField, type CustomFieldChange } from './api';
import { OptionsEditor } from './OptionsEditor';
import { fieldsText } from './text';

interface Values {
  /** '' = every customer type. */
  typeCode: string;
  labelZh: string;
  labelEn?: string;
  kind: CustomFieldKind;
  key?: string;
  options: { value?: string; zh: string; en?: string }[];
  required: boolean;
  sort: number;
}

const shape = customFieldShape(z.string().nullish()).shape;

const toValues = (f: CustomField): Values => ({
  typeCode: f.typeCode ?? '',
  labelZh: f.labelZh,
  labelEn: f.labelEn === f.labelZh ? '' : f.labelEn,
  kind: f.kind,
  key: f.key,
  options: f.options.map((o) => ({ value: o.value, zh: o.zh, en: o.en === o.zh ? '' : o.en })),
  required: f.required,
  sort: f.sort,
});

const EMPTY: Values = { typeCode: '', labelZh: '', labelEn: '', kind: 'text', key: '', options: [], required: false, sort: 0 };

function changeOf(v: Values, creating: boolean): CustomFieldChange {
  return {
    typeCode: v.typeCode || null,
    labelZh: v.labelZh,
    labelEn: v.labelEn ?? '',
    ...(creating ? { kind: v.kind, key: v.key || null } : {}),
    options: isChoice(v.kind) ? (v.options ?? []).map((o) => ({ ...(o.value ? { value: o.value } : {}), zh: o.zh, en: o.en ?? '' })) : [],
    required: !!v.required,
    sort: v.sort ?? 0,
  };
}

/** Creates a custom field or edits one under its version; the key and the kind are fixed once created. */
export function CustomerFieldFormModal({ field, onClose }: { field: CustomField | null; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCustomerField();
  const errors = useFormErrors(form);
  const edited = useVersionedRecord(field, fetchCustomerField, form, toValues);
  const types = useCustomerTypes();
  const kind = Form.useWatch('kind', form) ?? field?.kind ?? 'text';
  const creating = !field;

  const submit = (values: Values) => {
    errors.clear();
    const record = edited.record;
    save.mutate(record ? { id: record.id, version: record.version, change: changeOf(values, false) } : { change: changeOf(values, true) }, {
      onSuccess: (saved) => {
        void message.success(record ? t(common.saved) : t(fieldsText.created, { name: pick({ zh: saved.labelZh, en: saved.labelEn }, lang) }));
        onClose();
      },
      onError: edited.failWith((err) => {
        errors.report(err);
        markNestedErrors(form, err, lang);
      }),
    });
  };

  const typeOptions = [{ value: '', label: t(fieldsText.allTypes) }, ...(types.data ?? []).map((ty) => ({ value: ty.code, label: typeLabel(types.data, ty.code, lang) }))];
  if (field?.typeCode && !typeOptions.some((o) => o.value === field.typeCode)) typeOptions.push({ value: field.typeCode, label: field.typeCode });

  return (
    <FormModal<Values>
      title={field ? t(fieldsText.editTitle, { name: pick({ zh: field.labelZh, en: field.labelEn }, lang) }) : t(fieldsText.create)}
      form={form}
      initialValues={field ? toValues(field) : EMPTY}
      submitting={save.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="field-form"
    >
      {edited.reloaded ? <Alert type="warning" showIcon title={t(common.conflictReloaded)} style={{ marginBottom: 16 }} /> : null}
      <Flex gap={12} wrap>
        <Form.Item label={t(fieldsText.labelZh)} name="labelZh" rules={[{ required: true, whitespace: true, message: t(fieldsText.labelZhRequired) }, zodRule(shape.labelZh, lang)]} style={{ flex: '1 1 200px' }}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label={t(fieldsText.labelEn)} name="labelEn" extra={t(fieldsText.labelEnHelp)} rules={[zodRule(shape.labelEn, lang)]} style={{ flex: '1 1 200px' }}>
          <Input maxLength={60} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item label={t(fieldsText.typeCode)} name="typeCode" style={{ flex: '1 1 200px' }}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={types.isPending} options={typeOptions} />
        </Form.Item>
        <Form.Item label={t(fieldsText.kind)} name="kind" extra={creating ? undefined : t(fieldsText.kindFixed)} style={{ flex: '1 1 160px' }}>
          <Select disabled={!creating} options={CUSTOM_FIELD_KINDS.map((k) => ({ value: k, label: pick(CUSTOM_FIELD_KIND_LABELS[k], lang) }))} />
        </Form.Item>
      </Flex>
      {isChoice(kind) ? (
        <Form.Item label={t(fieldsText.options)} required extra={creating ? undefined : t(fieldsText.optionsHelp)}>
          <OptionsEditor />
        </Form.Item>
      ) : null}
      <Flex gap={12} wrap align="flex-start">
        <Form.Item label={t(fieldsText.key)} name="key" extra={t(fieldsText.keyHelp)} rules={creating ? [zodRule(shape.key, lang)] : []} style={{ flex: '2 1 240px' }}>
          <Input disabled={!creating} maxLength={31} autoComplete="off" placeholder="beds" />
        </Form.Item>
        <Form.Item label={t(fieldsText.sort)} name="sort" extra={t(fieldsText.sortHelp)} style={{ flex: '1 1 100px' }}>
          <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="required" valuePropName="checked" extra={t(fieldsText.requiredHelp)}>
        <Checkbox>{t(fieldsText.required)}</Checkbox>
      </Form.Item>
      {errors.alert}
    </FormModal>
  );
}
