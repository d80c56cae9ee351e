import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { ROLE_SCOPE } from '../../../domain/identity/roles';
import { useSession } from '../../app/session';
import { useT } from '../../shared/i18n/lang';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PagedList } from '../../shared/ui/PagedList';
import { useCreateRequest } from '../../shared/ui/use-create-request';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { useCustomerList, useCustomerTypes } from './api';
import { CustomerFilterBar } from './CustomerFilterBar';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomerList } from './CustomerList';
import { ExportButton } from './ExportButton';
import { importText } from './import/text';
import { ReassignBar } from './reassign/ReassignBar';
import { useRowSelection } from './reassign/use-row-selection';
import { SavedViewsBar } from './saved-views/SavedViewsBar';
import { useUrlFilters } from './saved-views/url-filters';
import { customersText } from './text';

const INTRO = { own: customersText.introOwn, office: customersText.introOffice, org: customersText.introOrg } as const;

/** 客户: the customer archives in the person's scope, searched and filtered, with 新建客户 for those who may. */
export function CustomersPage() {
  const { me, can } = useSession();
  const t = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const scope = ROLE_SCOPE[me.user.role];
  const { filters, setFilters, replace: applyView, barKey } = useUrlFilters();
  const mayReassign = can('customer.reassign');
  const selection = useRowSelection(JSON.stringify(filters));
  const list = useCustomerList(filters);
  const types = useCustomerTypes();
  const [creating, setCreating] = useState(false);
  const openCreate = useCallback(() => setCreating(true), []);
  const mayCreate = can('customer.create');
  useCreateRequest(mayCreate, openCreate);

  return (
    <div data-testid="customers-page">
      <PageHeader
        title={t(customersText.title)}
        description={t(INTRO[scope])}
        extra={
          <>
            {can('customer.export') ? <ExportButton filters={filters} /> : null}
            {can('customer.import') ? (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/customers/import')} data-testid="customer-import">
                {t(importText.title)}
              </Button>
            ) : null}
            {mayCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={openCreate} data-testid="customer-create">
                {t(customersText.create)}
              </Button>
            ) : null}
          </>
        }
      />
      <SavedViewsBar filters={filters} onApply={applyView} withUnassigned={mayReassign} />
      <CustomerFilterBar key={barKey} value={filters} onChange={setFilters} />
      <Card styles={{ body: { padding: 0 } }}>
        <PagedList query={list}>
          {(rows, refreshing) => (
            <>
              {mayReassign && !filters.deleted ? <ReassignBar rows={rows} selection={selection} /> : null}
              <CustomerList rows={rows} types={types.data} refreshing={refreshing} compact={isMobile} withOffice={scope === 'org'} selection={mayReassign && !filters.deleted ? selection : undefined} />
            </>
          )}
        </PagedList>
      </Card>
      {creating ? <CustomerFormModal customer={null} onClose={() => setCreating(false)} onCreated={(c) => navigate(`/customers/${c.id}`)} /> : null}
    </div>
  );
}
