import { LockOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ERRORS } from '../../../domain/shared/error-codes';
import type { LoginInput } from '../../../domain/identity/schemas';
import { lastSignOutReason } from '../../app/session';
import { userText } from '../../shared/entities/user-columns';
import { useFormErrors } from '../../shared/form/use-form-errors';
import { useT } from '../../shared/i18n/lang';
import { useLogin } from './api';
import { AuthFrame } from './AuthFrame';
import { rememberedOrgCode } from './org-code';
import { authText } from './text';

/** 登录: organisation code (remembered after a successful sign-in), user name, password. */
export function LoginPage() {
  const t = useT();
  const [form] = Form.useForm<LoginInput>();
  const login = useLogin();
  const errors = useFormErrors(form);
  const [initialOrg] = useState(rememberedOrgCode);
  const [reason] = useState(lastSignOutReason);
  const reasonText = reason === 'SESSION_EXPIRED' || reason === 'UNAUTHENTICATED' ? ERRORS.SESSION_EXPIRED : null;

  const submit = (values: LoginInput) => {
    errors.clear();
    login.mutate(values, { onError: errors.report });
  };

  return (
    <AuthFrame title={t(authText.loginTitle)} subtitle={t(authText.loginSubtitle)} testId="login-page">
      {reasonText && !errors.failure ? <Alert type="info" showIcon title={t(reasonText)} style={{ marginBottom: 16 }} /> : null}
      <Form<LoginInput>
        form={form}
        name="login"
        layout="vertical"
        requiredMark={false}
        initialValues={{ orgCode: initialOrg }}
        onFinish={submit}
        onValuesChange={() => errors.clear()}
      >
        <Form.Item label={t(authText.orgCode)} name="orgCode" rules={[{ required: true, whitespace: true, message: t(authText.orgCodeRequired) }]} extra={t(authText.orgCodeHelp)}>
          <Input prefix={<ShopOutlined />} placeholder={t(authText.orgCodePlaceholder)} autoComplete="organization" autoCapitalize="none" autoFocus={!initialOrg} />
        </Form.Item>
        <Form.Item label={t(userText.username)} name="username" rules={[{ required: true, whitespace: true, message: t(authText.usernameRequired) }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus={Boolean(initialOrg)} />
        </Form.Item>
        <Form.Item label={t(authText.password)} name="password" rules={[{ required: true, message: t(authText.passwordRequired) }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        {errors.alert}
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending} data-testid="login-submit">
          {t(authText.submit)}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
        {t(authText.forgot)}
      </Typography.Paragraph>
    </AuthFrame>
  );
}
