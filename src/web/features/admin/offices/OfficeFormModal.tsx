import { Alert, App, Form, Input } from 'antd';
import { officeInput } from '../../../../domain/identity/schemas';
import type { Office } from '../../../shared/api/types';
import { officeText } from '../../../shared/entities/office-columns';
import { useFormErrors } from '../../../shared/form/use-form-errors';
import { useVersionedRecord } from '../../../shared/form/use-versioned-record';
import { zodRule } from '../../../shared/form/zod-rule';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { FormModal } from '../../../shared/ui/FormModal';
import { fetchOffice, useSaveOffice } from './api';
import { officesText } from './text';

interface Values {
  name: string;
  regionCode?: string;
  address?: string;
}

const toValues = (o: Office): Values => ({ name: o.name, regionCode: o.regionCode ?? '', address: o.address ?? '' });

/** Creates an office, or edits one (name, region code, address) under its version. */
export function OfficeFormModal({ office, onClose }: { office: Office | null; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveOffice();
  const errors = useFormErrors(form);
  const edited = useVersionedRecord(office, fetchOffice, form, toValues);

  const submit = (values: Values) => {
    errors.clear();
    const change = { name: values.name, regionCode: values.regionCode ?? '', address: values.address ?? '' };
    const record = edited.record;
    save.mutate(record ? { id: record.id, version: record.version, change } : { change }, {
      onSuccess: (saved) => {
        void message.success(record ? t(common.saved) : t(officesText.created, { name: saved.name }));
        onClose();
      },
      onError: edited.failWith(errors.report),
    });
  };

  return (
    <FormModal<Values>
      title={office ? t(officesText.editTitle, { name: office.name }) : t(officesText.create)}
      form={form}
      initialValues={office ? toValues(office) : {}}
      submitting={save.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="office-form"
    >
      {edited.reloaded ? <Alert type="warning" showIcon title={t(common.conflictReloaded)} style={{ marginBottom: 16 }} /> : null}
      <Form.Item label={t(officeText.name)} name="name" rules={[{ required: true, whitespace: true, message: t(officesText.nameRequired) }, zodRule(officeInput.shape.name, lang)]}>
        <Input placeholder={t(officesText.namePlaceholder)} maxLength={40} />
      </Form.Item>
      <Form.Item label={t(officeText.regionCode)} name="regionCode" extra={t(officesText.regionCodeHelp)} rules={[zodRule(officeInput.shape.regionCode, lang)]}>
        <Input inputMode="numeric" maxLength={6} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item label={t(officeText.address)} name="address" rules={[zodRule(officeInput.shape.address, lang)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
      </Form.Item>
      {errors.alert}
    </FormModal>
  );
}
