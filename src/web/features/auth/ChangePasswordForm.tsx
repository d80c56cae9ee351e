import { Button, Form, Input } from 'antd';
import { NewPasswordFields } from '../../shared/form/NewPasswordFields';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useT } from '../../shared/i18n/lang';
import { useChangePassword } from './api';
import { authText } from './text';

interface Values {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
}

/** Current password, new password (8+ characters with letters and digits) and its confirmation. */
export function ChangePasswordForm({ submitText, onDone }: { submitText: string; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const errors = useFormErrors(form);

  const submit = ({ currentPassword, newPassword }: Values) => {
    errors.clear();
    change.mutate(
      { currentPassword, newPassword },
      {
        onError: errors.report,
        onSuccess: () => {
          form.resetFields();
          onDone();
        },
      },
    );
  };

  return (
    <Form<Values> form={form} name="password" layout="vertical" onFinish={submit} onValuesChange={() => errors.clear()} style={{ maxWidth: 420 }}>
      <Form.Item label={t(authText.currentPassword)} name="currentPassword" rules={[{ required: true, message: t(authText.passwordRequired) }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields name="newPassword" label={t(authText.newPassword)} confirmLabel={t(authText.confirmPassword)} />
      {errors.alert}
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="change-password-submit">
        {submitText}
      </Button>
    </Form>
  );
}
