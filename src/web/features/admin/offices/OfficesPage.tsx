import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, type TableColumnsType } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ROLE_SCOPE } from '../../../../domain/identity/roles';
import { useSession } from '../../../app/session';
import type { Office } from '../../../shared/api/types';
import { OfficeCompactList } from '../../../shared/entities/OfficeCompactList';
import { officeColumns } from '../../../shared/entities/office-columns';
import { useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryView } from '../../../shared/ui/QueryView';
import { useConfirmAction } from '../../../shared/ui/use-confirm-action';
import { useCreateRequest } from '../../../shared/ui/use-create-request';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { OFFICES_KEY, useOffices, useSaveOffice } from './api';
import { OfficeFormModal } from './OfficeFormModal';
import { officesText } from './text';
import { DataTable } from '../../../shared/ui/DataTable';

type Dialog = { office: Office | null } | null;

/** Close or reopen an office, after a confirmation, under its version. */
function useOfficeStatusAction() {
  const confirm = useConfirmAction();
  const save = useSaveOffice();
  const client = useQueryClient();
  return (office: Office) =>
    confirm({
      texts: office.active ? officesText.closeConfirm : officesText.reopenConfirm,
      vars: { name: office.name },
      danger: office.active,
      run: () => save.mutateAsync({ id: office.id, version: office.version, change: { active: !office.active } }),
      onConflict: () => void client.invalidateQueries({ queryKey: OFFICES_KEY }),
    });
}

/** 办事处: every office (or one's own), with create, edit, close and reopen for administrators. */
export function OfficesPage() {
  const { me, can } = useSession();
  const t = useT();
  const offices = useOffices();
  const manage = can('office.manage');
  const [dialog, setDialog] = useState<Dialog>(null);
  const openCreate = useCallback(() => setDialog({ office: null }), []);
  useCreateRequest(manage, openCreate);
  const toggle = useOfficeStatusAction();
  const isMobile = useIsMobile();

  const actions = manage
    ? (office: Office) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => setDialog({ office })}>
            {t(common.edit)}
          </Button>
          <Button type="link" size="small" danger={office.active} onClick={() => toggle(office)}>
            {t(office.active ? officesText.close : officesText.reopen)}
          </Button>
        </Space>
      )
    : undefined;
  const columns: TableColumnsType<Office> = officeColumns(t);
  if (actions) columns.push({ key: 'actions', title: t(common.actions), width: 140, render: (_: unknown, office: Office) => actions(office) });

  return (
    <div data-testid="offices-page">
      <PageHeader
        title={t(officesText.title)}
        description={t(ROLE_SCOPE[me.user.role] === 'org' ? officesText.intro : officesText.introOwn)}
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate} data-testid="office-create">
              {t(officesText.create)}
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <QueryView query={offices}>
          {(items) =>
            isMobile ? (
              <OfficeCompactList offices={items} actions={actions} />
            ) : (
              <DataTable<Office> columns={columns} dataSource={items} />
            )
          }
        </QueryView>
      </Card>
      {dialog ? <OfficeFormModal office={dialog.office} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
