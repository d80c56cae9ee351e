import { Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { roleOptions } from '../../../shared/entities/role';
import { userText } from '../../../shared/entities/user-columns';
import { useLang, useT } from '../../../shared/i18n/lang';
import { common } from '../../../shared/text';
import { useIsMobile } from '../../../shared/ui/use-media-query';
import { useOffices } from '../offices/api';
import type { UserFilters } from './api';
import { usersText } from './text';

/** Search box (applied after a short pause), role, office (organisation-wide roles only) and status. */
export function UserFilterBar({ value, onChange, withOffice }: { value: UserFilters; onChange: (f: UserFilters) => void; withOffice: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const isMobile = useIsMobile();
  const offices = useOffices(withOffice);
  const [text, setText] = useState(value.q ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      const q = text.trim() || undefined;
      if (q !== value.q) onChange({ ...value, q });
    }, 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);

  const selectWidth = isMobile ? 'calc(50% - 4px)' : 160;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} data-testid="user-filters">
      <Input.Search
        allowClear
        placeholder={t(usersText.search)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: isMobile ? '100%' : 260 }}
        aria-label={t(usersText.search)}
      />
      <Select
        allowClear
        placeholder={t(usersText.allRoles)}
        options={roleOptions(lang)}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        style={{ width: selectWidth }}
        aria-label={t(userText.role)}
      />
      {withOffice ? (
        <Select
          allowClear
          placeholder={t(usersText.allOffices)}
          options={(offices.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={value.officeId}
          onChange={(officeId) => onChange({ ...value, officeId })}
          style={{ width: selectWidth }}
          aria-label={t(userText.office)}
        />
      ) : null}
      <Select
        allowClear
        placeholder={t(usersText.allStatuses)}
        options={[
          { value: 'true', label: t(common.active) },
          { value: 'false', label: t(common.inactive) },
        ]}
        value={value.active}
        onChange={(active) => onChange({ ...value, active })}
        style={{ width: selectWidth }}
        aria-label={t(common.all)}
      />
    </Flex>
  );
}
