import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../shared/i18n/lang';
import { regionText } from '../labels';
import { customersText } from '../text';
import { useDebouncedText } from '../use-debounced-text';
import { useCustomerSearch } from './api';
import { mergeText } from './text';

interface Props {
  /** The customer being merged, left out of the choices. */
  exceptId: string;
  value: string | null;
  onChange: (id: string | null) => void;
}

/** Finds another customer in the person's scope by name, pinyin initials or phone. */
export function CustomerPicker({ exceptId, value, onChange }: Props) {
  const t = useT();
  const [q, setQ] = useState<string | undefined>();
  const [text, setText] = useDebouncedText(q, setQ);
  const found = useCustomerSearch(q ?? '');
  const options = (found.data ?? [])
    .filter((c) => c.id !== exceptId)
    .map((c) => ({
      value: c.id,
      label: [c.name, c.ownerName ?? t(customersText.noOwner), regionText(c.regionCode)].filter(Boolean).join(' · '),
    }));
  return (
    <Select
      showSearch={{ filterOption: false, searchValue: text, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      onChange={(id?: string) => onChange(id ?? null)}
      options={options}
      loading={found.isFetching}
      placeholder={t(mergeText.search)}
      notFoundContent={q ? t(mergeText.searchEmpty) : null}
      style={{ width: '100%' }}
      aria-label={t(mergeText.search)}
      data-testid="merge-search"
    />
  );
}
