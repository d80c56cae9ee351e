import { Checkbox, Flex, Input, Segmented, Select } from 'antd';
import { CUSTOMER_STATUSES } from '../../../domain/customers/customer-options';
import { ROLE_SCOPE } from '../../../domain/identity/roles';
import { useSession } from '../../app/session';
import { useLang, useT } from '../../shared/i18n/lang';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { useOffices } from '../admin/offices/api';
import { useCustomerTypes, useOwnerCandidates, type CustomerFilters } from './api';
import { CustomFieldFilters } from './CustomFieldFilters';
import { clearedCustomFilters, customFiltersOf } from './custom-values';
import { statusLabel, typeLabel } from './labels';
import { RegionCascader } from './RegionCascader';
import { customersText } from './text';
import { useDebouncedText } from './use-debounced-text';

/** Search (name, pinyin, phone, credit code), type, status, region, office and owner for managers, tag, sort. */
export function CustomerFilterBar({ value, onChange }: { value: CustomerFilters; onChange: (f: CustomerFilters) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { me, can } = useSession();
  const isMobile = useIsMobile();
  const scope = ROLE_SCOPE[me.user.role];
  const types = useCustomerTypes();
  const offices = useOffices(scope === 'org');
  const owners = useOwnerCandidates(scope !== 'own', scope === 'office' ? me.user.officeId : value.officeId);
  const [text, setText] = useDebouncedText(value.q, (q) => onChange({ ...value, q }));
  const [tag, setTag] = useDebouncedText(value.tag, (next) => onChange({ ...value, tag: next }));
  const set = (patch: Partial<CustomerFilters>) => onChange({ ...value, ...patch });

  const width = isMobile ? 'calc(50% - 4px)' : 150;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="customer-filters">
      <Flex wrap gap={8}>
        <Input.Search
          allowClear
          placeholder={t(customersText.search)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: isMobile ? '100%' : 300 }}
          aria-label={t(customersText.search)}
          data-testid="customer-search"
        />
        <Select
          allowClear
          placeholder={t(customersText.allTypes)}
          options={(types.data ?? []).map((ty) => ({ value: ty.code, label: typeLabel(types.data, ty.code, lang) }))}
          value={value.typeCode}
          onChange={(typeCode?: string) => set({ typeCode, ...clearedCustomFilters(value) })}
          style={{ width }}
          aria-label={t(customersText.type)}
        />
        <Select
          allowClear
          placeholder={t(customersText.allStatuses)}
          options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: statusLabel(s, lang) }))}
          value={value.status}
          onChange={(status?: CustomerFilters['status']) => set({ status })}
          style={{ width }}
          aria-label={t(customersText.status)}
        />
        <RegionCascader
          value={value.regionCode}
          onChange={(code) => set({ regionCode: code ?? undefined })}
          placeholder={t(customersText.allRegions)}
          style={{ width: isMobile ? '100%' : 220 }}
          aria-label={t(customersText.region)}
        />
        {scope === 'org' ? (
          <Select
            allowClear
            placeholder={t(customersText.allOffices)}
            options={(offices.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={value.officeId}
            onChange={(officeId?: string) => set({ officeId, ownerId: undefined })}
            style={{ width }}
            aria-label={t(customersText.office)}
          />
        ) : null}
        {scope !== 'own' ? (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t(customersText.allOwners)}
            options={(owners.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
            value={value.ownerId}
            onChange={(ownerId?: string) => set({ ownerId, unassigned: undefined })}
            style={{ width }}
            aria-label={t(customersText.owner)}
          />
        ) : null}
        <Input
          allowClear
          placeholder={t(customersText.tagFilter)}
          value={tag}
          onChange={(e) => setTag(e.target.value)}
          style={{ width }}
          aria-label={t(customersText.tagFilter)}
        />
        <CustomFieldFilters typeCode={value.typeCode} value={customFiltersOf(value)} onChange={(patch) => set(patch)} width={width} />
      </Flex>
      <Flex wrap gap={12} align="center">
        <Segmented<'name' | 'updated'>
          size="small"
          options={[
            { value: 'name', label: t(customersText.sortName) },
            { value: 'updated', label: t(customersText.sortUpdated) },
          ]}
          value={value.sort ?? 'name'}
          onChange={(sort) => set({ sort })}
          aria-label={t(customersText.sort)}
          data-testid="customer-sort"
        />
        {scope !== 'own' ? (
          <Checkbox checked={!!value.unassigned} onChange={(e) => set({ unassigned: e.target.checked || undefined, ownerId: undefined })}>
            {t(customersText.unassigned)}
          </Checkbox>
        ) : null}
        {can('customer.delete') ? (
          <Checkbox checked={!!value.deleted} onChange={(e) => set({ deleted: e.target.checked || undefined })}>
            {t(customersText.deleted)}
          </Checkbox>
        ) : null}
      </Flex>
    </Flex>
  );
}
