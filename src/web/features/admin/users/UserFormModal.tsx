import { Alert, App, Form, Input, Select } from 'antd';
import { roleNeedsOffice, type Role } from '../../../../domain/identity/roles';
import { createUserInput, displayNameSchema, usernameSchema } from '../../../../domain/identity/schemas';
import type { User } from '../../../shared/api/types';
import { roleOptions } from '../../../shared/entities/role';
import { userText } from '../../../shared/entities/user-columns';
import { NewPasswordFields } from '../../../shared/form/NewPasswordFields';
import { useFormErrors } from '../../../shared/form/use-form-errors';
import { useVersionedRecord } from '../../../shared/form/use-versioned-record';
import { zodRule } from '../../../shared/form/zod-rule';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { FormModal } from '../../../shared/ui/FormModal';
import { useOffices } from '../offices/api';
import { fetchUser, useSaveUser, type UserFields } from './api';
import { usersText } from './text';

interface Values {
  username?: string;
  displayName: string;
  role?: Role;
  officeId?: string | null;
  phone?: string | null;
  email?: string | null;
  password?: string;
}

const toValues = (u: User): Values => ({ displayName: u.displayName, role: u.role, officeId: u.officeId, phone: u.phone ?? '', email: u.email ?? '' });

function fieldsOf(values: Values): UserFields {
  const role = values.role!;
  return {
    displayName: values.displayName,
    role,
    officeId: roleNeedsOffice(role) ? (values.officeId ?? null) : null,
    phone: values.phone ?? '',
    email: values.email ?? '',
  };
}

/** Office choices: open offices, plus the user's current one even if it has closed since. */
function useOfficeOptions(currentId: string | null) {
  const t = useT();
  const offices = useOffices();
  return (offices.data ?? [])
    .filter((o) => o.active || o.id === currentId)
    .map((o) => ({ value: o.id, label: o.active ? o.name : `${o.name}${t(usersText.officeClosedSuffix)}`, disabled: !o.active }));
}

/** Creates a user (with an initial password) or edits name, role, office, mobile and email under the version. */
export function UserFormModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveUser();
  const errors = useFormErrors(form);
  const edited = useVersionedRecord(user, fetchUser, form, toValues);
  const role = Form.useWatch('role', form);
  const officeOptions = useOfficeOptions(user?.officeId ?? null);

  const submit = (values: Values) => {
    errors.clear();
    const record = edited.record;
    const request = record
      ? { kind: 'update' as const, id: record.id, body: { ...fieldsOf(values), version: record.version } }
      : { kind: 'create' as const, body: { ...fieldsOf(values), username: values.username ?? '', password: values.password ?? '' } };
    save.mutate(request, {
      onSuccess: (saved) => {
        void message.success(record ? t(common.saved) : t(usersText.created, { name: saved.displayName }));
        onClose();
      },
      onError: edited.failWith(errors.report),
    });
  };

  return (
    <FormModal<Values>
      title={user ? t(usersText.editTitle, { name: user.displayName, username: user.username }) : t(usersText.create)}
      form={form}
      initialValues={user ? toValues(user) : {}}
      submitting={save.isPending}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="user-form"
    >
      {edited.reloaded ? <Alert type="warning" showIcon title={t(common.conflictReloaded)} style={{ marginBottom: 16 }} /> : null}
      {user ? null : (
        <Form.Item
          label={t(userText.username)}
          name="username"
          extra={t(usersText.usernameHelp)}
          rules={[{ required: true, whitespace: true, message: t(usersText.usernameRequired) }, zodRule(usernameSchema, lang)]}
        >
          <Input autoComplete="off" autoCapitalize="none" maxLength={32} />
        </Form.Item>
      )}
      <Form.Item
        label={t(userText.displayName)}
        name="displayName"
        rules={[{ required: true, whitespace: true, message: t(usersText.displayNameRequired) }, zodRule(displayNameSchema, lang)]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item label={t(userText.role)} name="role" rules={[{ required: true, message: t(usersText.roleRequired) }]}>
        <Select options={roleOptions(lang)} />
      </Form.Item>
      {role && roleNeedsOffice(role) ? (
        <Form.Item label={t(userText.office)} name="officeId" rules={[{ required: true, message: t(usersText.officeRequired) }]}>
          <Select options={officeOptions} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      ) : null}
      <Form.Item label={t(userText.phone)} name="phone" rules={[zodRule(createUserInput.shape.phone, lang)]}>
        <Input inputMode="tel" maxLength={11} style={{ maxWidth: 220 }} />
      </Form.Item>
      <Form.Item label={t(userText.email)} name="email" rules={[zodRule(createUserInput.shape.email, lang)]}>
        <Input type="email" maxLength={120} />
      </Form.Item>
      {user ? null : (
        <NewPasswordFields
          name="password"
          label={t(usersText.initialPassword)}
          confirmLabel={t(usersText.confirmInitialPassword)}
          extra={t(usersText.initialPasswordHelp)}
        />
      )}
      {errors.alert}
    </FormModal>
  );
}
