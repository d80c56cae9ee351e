import { Select } from 'antd';
import { useRef, useState } from 'react';
import { api } from '../api/client';

/**
 * A customer in the user's scope, searched through the list API (name, pinyin initials, phone) as one types; for
 * forms (value / onChange from Form.Item).
 */
export function CustomerSearchSelect({ value, onChange, placeholder, testId }: { value?: string; onChange?: (id: string) => void; placeholder: string; testId: string }) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  // Answers can arrive out of order (the empty search on focus after the typed one): only the latest query's is shown.
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
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
