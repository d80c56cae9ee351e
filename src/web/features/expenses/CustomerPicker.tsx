import { Select } from 'antd';
import { useRef, useState } from 'react';
import { api } from '../../shared/api/client';
import { useT } from '../../shared/i18n/lang';
import { expenseText } from './text';

/** A customer in the rep's scope, searched by name or pinyin initials as one types (the latest answer wins). */
export function CustomerPicker({ value, onChange, testId }: { value?: string; onChange?: (id: string) => void; testId: string }) {
  const t = useT();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const latest = useRef('');
  const search = async (q: string) => {
    latest.current = q;
    const page = await api.get<{ items: { id: string; name: string }[] }>('/customers', { q, limit: 20 });
    if (latest.current === q) setOptions(page.items.map((c) => ({ value: c.id, label: c.name })));
  };
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
      value={value}
      onChange={onChange}
      onFocus={() => void search('')}
      options={options}
      placeholder={t(expenseText.customerSearch)}
      data-testid={testId}
    />
  );
}
