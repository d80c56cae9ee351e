import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { newPasswordSchema } from '../../../domain/identity/schemas';
import { useLang, useT } from '../i18n/lang';
import { zodRule } from './zod-rule';

export const passwordText = {
  rule: { zh: '至少 8 位，须同时包含字母和数字', en: 'At least 8 characters, with both letters and digits' },
  required: { zh: '请输入密码', en: 'Enter a password' },
  confirmRequired: { zh: '请再输入一次密码', en: 'Enter the password again' },
  mismatch: { zh: '两次输入的密码不一致', en: 'The two passwords differ' },
} as const;

interface Props {
  name: string;
  label: string;
  confirmLabel: string;
  extra?: ReactNode;
}

/**
 * A new password, checked against the server's password rule, and its confirmation field
 * `<name>Confirm`, which is never sent.
 */
export function NewPasswordFields({ name, label, confirmLabel, extra }: Props) {
  const t = useT();
  const { lang } = useLang();
  const ruleText = t(passwordText.rule);
  return (
    <>
      <Form.Item
        label={label}
        name={name}
        extra={
          <>
            {ruleText}
            {extra ? <div>{extra}</div> : null}
          </>
        }
        rules={[{ required: true, message: t(passwordText.required) }, zodRule(newPasswordSchema, lang)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={confirmLabel}
        name={`${name}Confirm`}
        dependencies={[name]}
        rules={[
          { required: true, message: t(passwordText.confirmRequired) },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string) => {
              if (value && value !== getFieldValue(name)) throw new Error(t(passwordText.mismatch));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
