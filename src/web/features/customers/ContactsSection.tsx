import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Space, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '../../shared/i18n/lang';
import { common } from '../../shared/text';
import { useConfirmAction } from '../../shared/ui/use-confirm-action';
import { useSaveContact } from './api';
import { ContactFormModal } from './ContactFormModal';
import { keyRoleLabel } from './labels';
import { customersText } from './text';
import type { Contact, Customer } from './types';

function ContactBlock({ contact, actions }: { contact: Contact; actions: React.ReactNode }) {
  const t = useT();
  const { lang } = useLang();
  const { token } = theme.useToken();
  const line = (label: string, value: React.ReactNode) => (
    <div style={{ fontSize: 13 }}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {value}
    </div>
  );
  return (
    <div data-testid="contact-item" style={{ padding: '12px 0', borderBottom: `1px solid ${token.colorBorderSecondary}`, opacity: contact.left ? 0.55 : 1 }}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex gap={6} wrap align="center">
          <Typography.Text strong delete={contact.left}>
            {contact.name}
          </Typography.Text>
          {contact.title ? <Typography.Text type="secondary">{contact.title}</Typography.Text> : null}
          {contact.roles.map((r) => (
            <Tag key={r} color="geekblue" style={{ marginInlineEnd: 0 }}>
              {keyRoleLabel(r, lang)}
            </Tag>
          ))}
          {contact.left ? (
            <Tag style={{ marginInlineEnd: 0 }}>
              {t(customersText.left)}
              {contact.leftOn ? ` ${contact.leftOn}` : ''}
            </Tag>
          ) : null}
        </Flex>
        {actions}
      </Flex>
      {contact.phones.length ? line(t(customersText.phones), contact.phones.map((p) => <a key={p} href={`tel:${p}`} style={{ marginInlineEnd: 8 }}>{p}</a>)) : null}
      {contact.wechat ? line(t(customersText.wechat), contact.wechat) : null}
      {contact.birthday
        ? line(
            t(customersText.birthday),
            <>
              {contact.birthday}
              {contact.birthdayLunar ? (
                <Tag color="volcano" style={{ marginInlineStart: 6 }}>
                  {t(customersText.lunar)}
                </Tag>
              ) : null}
            </>,
          )
        : null}
      {contact.preferences ? line(t(customersText.contactPreferences), <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{contact.preferences}</Typography.Text>) : null}
    </div>
  );
}

/** 关键联系人: who matters in the purchase, current people first; add, edit and delete for those who may change the customer. */
export function ContactsSection({ customer, editable }: { customer: Customer; editable: boolean }) {
  const t = useT();
  const confirm = useConfirmAction();
  const save = useSaveContact();
  const [dialog, setDialog] = useState<{ contact: Contact | null } | null>(null);
  const contacts = [...customer.contacts].sort((a, b) => Number(a.left) - Number(b.left));
  const remove = (c: Contact) =>
    confirm({
      texts: { ...customersText.contactDeleteConfirm },
      vars: { name: c.name },
      danger: true,
      run: () => save.mutateAsync({ kind: 'delete', customerId: customer.id, id: c.id }),
    });

  return (
    <div data-testid="contacts-section">
      {contacts.length ? (
        contacts.map((c) => (
          <ContactBlock
            key={c.id}
            contact={c}
            actions={
              editable ? (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setDialog({ contact: c })} data-testid="contact-edit">
                    {t(common.edit)}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => remove(c)} data-testid="contact-delete">
                    {t(customersText.delete)}
                  </Button>
                </Space>
              ) : null
            }
          />
        ))
      ) : (
        <Empty description={t(customersText.noContacts)} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {editable ? (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={() => setDialog({ contact: null })} style={{ marginTop: 12 }} data-testid="contact-create">
          {t(customersText.addContact)}
        </Button>
      ) : null}
      {dialog ? <ContactFormModal customerId={customer.id} contact={dialog.contact} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
