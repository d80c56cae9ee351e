import { DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ROLE_SCOPE } from '../../../domain/identity/roles';
import { useSession } from '../../app/session';
import { useLang, useT } from '../../shared/i18n/lang';
import { useIsMobile } from '../../shared/ui/use-media-query';
import { useOffices } from '../admin/offices/api';
import { useCustomerTypes, useOwnerCandidates } from '../customers/api';
import { typeLabel } from '../customers/labels';
import { RegionCascader } from '../customers/RegionCascader';
import type { AbcScope } from './api';
import { abcText } from './text';

/** Period (months) and scope pickers; offices for organisation-wide roles, reps for managers. */
export function AbcScopeBar({ value, period, onChange }: { value: AbcScope; period: { from: string; to: string } | undefined; onChange: (s: AbcScope) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const scope = ROLE_SCOPE[me.user.role];
  const types = useCustomerTypes();
  const offices = useOffices(scope === 'org');
  const owners = useOwnerCandidates(scope !== 'own', scope === 'office' ? me.user.officeId : value.officeId);
  const width = isMobile ? 'calc(50% - 4px)' : 160;
  const shown = period ?? (value.from && value.to ? { from: value.from, to: value.to } : undefined);
  const range: [Dayjs, Dayjs] | null = shown ? [dayjs(`${shown.from}-01`), dayjs(`${shown.to}-01`)] : null;
  const set = (patch: Partial<AbcScope>) => onChange({ ...value, ...patch });
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} data-testid="abc-scope">
      <span data-testid="abc-period" style={{ display: 'contents' }}>
        <DatePicker.RangePicker
          picker="month"
        allowClear={false}
        value={range}
        onChange={(v) => {
          if (v?.[0] && v[1]) set({ from: v[0].format('YYYY-MM'), to: v[1].format('YYYY-MM') });
        }}
          style={{ width: isMobile ? '100%' : 240 }}
          aria-label={t(abcText.period)}
        />
      </span>
      {scope === 'org' ? (
        <Select
          allowClear
          placeholder={t(abcText.allOffices)}
          options={(offices.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={value.officeId}
          onChange={(officeId?: string) => set({ officeId, ownerId: undefined })}
          style={{ width }}
          aria-label={t(abcText.office)}
          data-testid="abc-office"
        />
      ) : null}
      {scope !== 'own' ? (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t(abcText.allOwners)}
          options={(owners.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          value={value.ownerId}
          onChange={(ownerId?: string) => set({ ownerId })}
          style={{ width }}
          aria-label={t(abcText.owner)}
        />
      ) : null}
      <Select
        allowClear
        placeholder={t(abcText.allTypes)}
        options={(types.data ?? []).map((ty) => ({ value: ty.code, label: typeLabel(types.data, ty.code, lang) }))}
        value={value.typeCode}
        onChange={(typeCode?: string) => set({ typeCode })}
        style={{ width }}
        aria-label={t(abcText.allTypes)}
      />
      <RegionCascader value={value.regionCode} onChange={(code) => set({ regionCode: code ?? undefined })} placeholder={t(abcText.allRegions)} style={{ width: isMobile ? '100%' : 220 }} aria-label={t(abcText.allRegions)} />
    </Flex>
  );
}
