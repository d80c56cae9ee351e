import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { ROLE_SCOPE } from '../../../../domain/identity/roles';
import { useSession } from '../../../app/session';
import type { User } from '../../../shared/api/types';
import { UserCompactList } from '../../../shared/entities/UserCompactList';
import { userColumns } from '../../../shared/entities/user-columns';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PagedList } from '../../../shared/ui/PagedList';
import { useCreateRequest } from '../../../shared/ui/use-create-request';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { useUserList, type UserFilters } from './api';
import { ResetPasswordModal } from './ResetPasswordModal';
import { usersText } from './text';
import { UserFilterBar } from './UserFilterBar';
import { UserFormModal } from './UserFormModal';
import { UserActions } from './UserActions';
import { DataTable } from '../../../shared/ui/DataTable';

type Dialog = { kind: 'form'; user: User | null } | { kind: 'reset'; user: User } | null;

function useIntro() {
  const { me, can } = useSession();
  if (can('user.manage')) return usersText.introAdmin;
  const scope = ROLE_SCOPE[me.user.role];
  return scope === 'org' ? usersText.introOrg : scope === 'office' ? usersText.introOffice : usersText.introOwn;
}

/** 人员: the people in the person's scope; administrators create, edit, disable, enable and reset passwords. */
export function UsersPage() {
  const { me, can } = useSession();
  const t = useT();
  const { lang } = useLang();
  const intro = useIntro();
  const manage = can('user.manage');
  const scope = ROLE_SCOPE[me.user.role];
  const [filters, setFilters] = useState<UserFilters>({});
  const list = useUserList(filters);
  const [dialog, setDialog] = useState<Dialog>(null);
  const openCreate = useCallback(() => setDialog({ kind: 'form', user: null }), []);
  useCreateRequest(manage, openCreate);
  const isMobile = useIsMobile();

  const actions = manage
    ? (user: User) => <UserActions user={user} onEdit={() => setDialog({ kind: 'form', user })} onReset={() => setDialog({ kind: 'reset', user })} />
    : undefined;
  const columns: TableColumnsType<User> = userColumns(t, lang, { withOffice: scope !== 'office' });
  if (actions) columns.push({ key: 'actions', title: t(common.actions), width: 200, render: (_: unknown, user: User) => actions(user) });

  return (
    <div data-testid="users-page">
      <PageHeader
        title={t(usersText.title)}
        description={t(intro)}
        extra={
          manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate} data-testid="user-create">
              {t(usersText.create)}
            </Button>
          ) : null
        }
      />
      {scope === 'own' ? null : <UserFilterBar value={filters} onChange={setFilters} withOffice={scope === 'org'} />}
      <Card styles={{ body: { padding: 0 } }}>
        <PagedList query={list}>
          {(rows, refreshing) =>
            isMobile ? (
              <UserCompactList users={rows} actions={actions} emptyText={t(usersText.noMatch)} />
            ) : (
              <DataTable<User>
                columns={columns}
                dataSource={rows}
                loading={refreshing}
                emptyText={t(usersText.noMatch)}
              />
            )
          }
        </PagedList>
      </Card>
      {dialog?.kind === 'form' ? <UserFormModal user={dialog.user} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'reset' ? <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
