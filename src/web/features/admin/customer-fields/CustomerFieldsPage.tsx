import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex } from 'antd';
import { useCallback, useState } from 'react';
import { useSession } from '../../../app/session';
import { useLang, useT } from '../../../shared/i18n/lang';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryView } from '../../../shared/ui/QueryView';
import { useConfirmAction } from '../../../shared/ui/use-confirm-action';
import { useCreateRequest } from '../../../shared/ui/use-create-request';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { useCustomerTypes } from '../../customers/api';
import { typeLabel } from '../../customers/labels';
import type { CustomerType } from '../../customers/types';
import { useCustomerFields, useSetCustomerFieldActive, type CustomField } from './api';
import { CustomerFieldFormModal } from './CustomerFieldFormModal';
import { FieldActions, FieldGroup } from './FieldGroup';
import { fieldsText } from './text';

type Dialog = { field: CustomField | null } | null;

/** Fields for all types first, then each type in the organisation's order (a retired type's fields last). */
function groupsOf(fields: CustomField[], types: CustomerType[] | undefined): { typeCode: string | null; fields: CustomField[] }[] {
  const codes = [null, ...(types ?? []).map((ty) => ty.code)];
  for (const f of fields) if (!codes.includes(f.typeCode)) codes.push(f.typeCode);
  return codes.map((typeCode) => ({ typeCode, fields: fields.filter((f) => f.typeCode === typeCode) })).filter((g) => g.fields.length);
}

/** Disable or enable a field, after a confirmation. */
function useFieldToggle() {
  const confirm = useConfirmAction();
  const setActive = useSetCustomerFieldActive();
  const { lang } = useLang();
  return (field: CustomField) =>
    confirm({
      texts: field.active ? fieldsText.deactivateConfirm : fieldsText.activateConfirm,
      vars: { name: lang === 'en' ? field.labelEn : field.labelZh },
      danger: field.active,
      run: () => setActive.mutateAsync({ id: field.id, active: !field.active }),
    });
}

/** 自定义字段: the administrator's customer fields by customer type, with add, edit, disable and enable. */
export function CustomerFieldsPage() {
  const { can } = useSession();
  const t = useT();
  const { lang } = useLang();
  const fields = useCustomerFields();
  const types = useCustomerTypes();
  const manage = can('customerField.manage');
  const [dialog, setDialog] = useState<Dialog>(null);
  const openCreate = useCallback(() => setDialog({ field: null }), []);
  useCreateRequest(manage, openCreate);
  const toggle = useFieldToggle();
  const isMobile = useIsMobile();
  const actions = manage ? (field: CustomField) => <FieldActions field={field} onEdit={() => setDialog({ field })} onToggle={() => toggle(field)} /> : undefined;

  return (
    <div data-testid="customer-fields-page">
      <PageHeader
        title={t(fieldsText.title)}
        description={t(fieldsText.intro)}
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate} data-testid="field-create">
              {t(fieldsText.create)}
            </Button>
          ) : null
        }
      />
      <QueryView query={fields}>
        {(items) =>
          items.length ? (
            <Flex vertical gap={16}>
              {groupsOf(items, types.data).map((g) => (
                <FieldGroup
                  key={g.typeCode ?? ''}
                  title={g.typeCode === null ? t(fieldsText.allTypes) : typeLabel(types.data, g.typeCode, lang)}
                  fields={g.fields}
                  compact={isMobile}
                  actions={actions}
                />
              ))}
            </Flex>
          ) : (
            <Empty description={t(fieldsText.empty)} />
          )
        }
      </QueryView>
      {dialog ? <CustomerFieldFormModal field={dialog.field} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
