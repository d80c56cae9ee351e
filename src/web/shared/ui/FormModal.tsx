import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useIsMobile } from './use-media-query';
import { useT } from '../i18n/lang';
import { common } from '../text';

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  submitting: boolean;
  okText?: string;
  onFinish: (values: V) => void;
  onClose: () => void;
  onValuesChange?: () => void;
  testId: string;
  children: ReactNode;
}

/** A dialog holding one vertical form; the parent mounts it to open it and unmounts it to close. */
export function FormModal<V>({ title, form, initialValues, submitting, okText, onFinish, onClose, onValuesChange, testId, children }: Props<V>) {
  const t = useT();
  const isMobile = useIsMobile();
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t(common.save)}
      cancelText={t(common.cancel)}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submitting}
      width={isMobile ? 'calc(100vw - 24px)' : 560}
      style={isMobile ? { top: 12, maxWidth: 'calc(100vw - 24px)' } : undefined}
      mask={{ closable: false }}
    >
      <div data-testid={testId}>
        <Form<V> form={form} name={testId} layout="vertical" initialValues={initialValues} onFinish={onFinish} onValuesChange={onValuesChange}>
          {children}
        </Form>
      </div>
    </Modal>
  );
}
