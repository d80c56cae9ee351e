import { Alert, App, Checkbox, Flex, Form, Input } from 'antd';
import { KEY_PERSON_ROLES, type KeyPersonRole } from '../../../domain/customers/customer-options';
import { keyPersonInputSchema } from '../../../domain/customers/customer-schemas';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useVersionedRecord } from '../../shared/form/use-versioned-record';
import { zodRule } from '../../shared/form/zod-rule';
import { useLang, useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { FormModal } from '../../shared/ui/FormModal';
import { fetchCustomer, useSaveContact } from './api';
import { markNestedErrors, TagsInput } from './form-parts';
import { customerFieldLabel, keyRoleLabel } from './labels';
import { customersText } from './text';
import type { Contact } from './types';

interface Values {
  name: string;
  roles: KeyPersonRole[];
  title?: string | null;
  phones: string[];
  wechat?: string | null;
  birthday?: string | null;
  birthdayLunar: boolean;
  preferences?: string | null;
  left: boolean;
  leftOn?: string | null;
}

const toValues = (c: Contact): Values => ({
  name: c.name,
  roles: c.roles,
  title: c.title ?? '',
  phones: c.phones,
  wechat: c.wechat ?? '',
  birthday: c.birthday ?? '',
  birthdayLunar: c.birthdayLunar,
  preferences: c.preferences ?? '',
  left: c.left,
  leftOn: c.leftOn ?? '',
});

const EMPTY: Partial<Values> = { roles: [], phones: [], birthdayLunar: false, left: false };
const shape = keyPersonInputSchema.in.shape;

/** Adds a key person to a customer or edits one under its version. */
export function ContactFormModal({ customerId, contact, onClose }: { customerId: string; contact: Contact | null; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveContact();
  const errors = useFormErrors(form);
  // A contact is reloaded through its customer, which carries the current contacts.
  const loadContact = (id: string) =>
    fetchCustomer(customerId).then((c) => {
      const fresh = c.contacts.find((x) => x.id === id);
      if (!fresh) throw new Error('contact gone');
      return fresh;
    });
  const edited = useVersionedRecord(contact, loadContact, form, toValues);
  const left = Form.useWatch('left', form);
  const label = (field: string) => customerFieldLabel(field, lang);

  const submit = (values: Values) => {
    errors.clear();
    const body = { ...values, leftOn: values.left ? values.leftOn || null : null };
    const record = edited.record;
    const request = record
      ? { kind: 'update' as const, customerId, id: record.id, body: { ...body, version: record.version } }
      : { kind: 'create' as const, customerId, body };
    save.mutate(request, {
      onSuccess: () => {
        void message.success(t(common.saved));
        onClose();
      },
      onError: edited.failWith((err) => {
        errors.report(err);
        markNestedErrors(form, err, lang);
      }),
    });
  };

  return (
    <FormModal<Values>
      title={contact ? t(customersText.contactEditTitle, { name: contact.name }) : t(customersText.contactCreateTitle)}
      form={form}
      initialValues={contact ? toValues(contact) : EMPTY}
      submitting={save.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="contact-form"
    >
      {edited.reloaded ? <Alert type="warning" showIcon title={t(common.conflictReloaded)} style={{ marginBottom: 16 }} /> : null}
      <Flex gap={12} wrap>
        <Form.Item label={t(customersText.contactName)} name="name" rules={[{ required: true, whitespace: true, message: t(customersText.contactNameRequired) }, zodRule(shape.name, lang)]} style={{ flex: '1 1 160px' }}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label={label('title')} name="title" rules={[zodRule(shape.title, lang)]} style={{ flex: '1 1 160px' }}>
          <Input maxLength={40} />
        </Form.Item>
      </Flex>
      <Form.Item label={label('roles')} name="roles" rules={[{ required: true, type: 'array', min: 1, message: t(customersText.contactRolesRequired) }]}>
        <Checkbox.Group options={KEY_PERSON_ROLES.map((r) => ({ value: r, label: keyRoleLabel(r, lang) }))} />
      </Form.Item>
      <Form.Item label={label('phones')} name="phones" extra={t(customersText.phonesHelp)} rules={[zodRule(shape.phones, lang)]}>
        <TagsInput />
      </Form.Item>
      <Form.Item label={label('wechat')} name="wechat" rules={[zodRule(shape.wechat, lang)]}>
        <Input maxLength={20} style={{ maxWidth: 260 }} autoCapitalize="none" />
      </Form.Item>
      <Flex gap={12} wrap align="flex-end">
        <Form.Item label={label('birthday')} name="birthday" rules={[zodRule(shape.birthday, lang)]} style={{ flex: '0 1 200px' }}>
          <Input placeholder={t(customersText.birthdayPlaceholder)} maxLength={20} />
        </Form.Item>
        <Form.Item name="birthdayLunar" valuePropName="checked">
          <Checkbox>{t(customersText.birthdayLunar)}</Checkbox>
        </Form.Item>
      </Flex>
      <Form.Item label={label('preferences')} name="preferences" rules={[zodRule(shape.preferences, lang)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t(customersText.preferencesPlaceholder)} />
      </Form.Item>
      <Flex gap={12} wrap align="flex-end">
        <Form.Item name="left" valuePropName="checked">
          <Checkbox>{t(customersText.left)}</Checkbox>
        </Form.Item>
        {left ? (
          <Form.Item label={label('leftOn')} name="leftOn" rules={[zodRule(shape.leftOn, lang)]} style={{ flex: '0 1 200px' }}>
            <Input placeholder={t(customersText.leftOnPlaceholder)} maxLength={20} />
          </Form.Item>
        ) : null}
      </Flex>
      {errors.alert}
    </FormModal>
  );
}
