import { Alert, App, Form } from 'antd';
import type { User } from '../../../shared/api/types';
import { NewPasswordFields } from '../../../shared/form/NewPasswordFields';
import { useFormErrors } from '../../../shared/form/use-form-errors';
import { useT } from '../../../shared/i18n/lang';
import { FormModal } from '../../../shared/ui/FormModal';
import { useSaveUser } from './api';
import { usersText } from './text';

interface Values {
  password: string;
}

/** Sets a temporary password; the user is signed out everywhere and must change it at next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveUser();
  const errors = useFormErrors(form);
  const vars = { name: user.displayName };

  const submit = ({ password }: Values) => {
    errors.clear();
    save.mutate(
      { kind: 'reset-password', id: user.id, password },
      {
        onSuccess: () => {
          void message.success(t(usersText.resetDone, vars));
          onClose();
        },
        onError: errors.report,
      },
    );
  };

  return (
    <FormModal<Values>
      title={t(usersText.resetTitle, vars)}
      form={form}
      submitting={save.isPending}
      okText={t(usersText.resetPassword)}
      onFinish={submit}
      onClose={onClose}
      onValuesChange={errors.clear}
      testId="reset-password-form"
    >
      <Alert type="info" showIcon title={t(usersText.resetBody)} style={{ marginBottom: 16 }} />
      <NewPasswordFields name="password" label={t(usersText.tempPassword)} confirmLabel={t(usersText.confirmTempPassword)} />
      {errors.alert}
    </FormModal>
  );
}
