import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CustomFieldDefinition, CustomFieldKind, CustomFieldOption } from '../../../../domain/customers/custom-fields';
import { api } from '../../../shared/api/client';

/** A custom field definition as GET /api/customer-fields sends it. */
export interface CustomField extends CustomFieldDefinition {
  id: string;
  options: CustomFieldOption[];
  sort: number;
  version: number;
  updatedAt: string;
}

export const CUSTOMER_FIELDS_KEY = ['customer-fields'] as const;

/** Every custom field of the organisation, deactivated ones included (forms skip them, archives still show their values). */
export function useCustomerFields(enabled = true) {
  return useQuery({
    queryKey: CUSTOMER_FIELDS_KEY,
    queryFn: () => api.get<{ items: CustomField[] }>('/customer-fields').then((r) => r.items),
    staleTime: 60_000,
    enabled,
  });
}

export const fetchCustomerField = (id: string) => api.get<CustomField>(`/customer-fields/${id}`);

export interface CustomFieldChange {
  key?: string | null;
  typeCode?: string | null;
  labelZh?: string;
  labelEn?: string;
  kind?: CustomFieldKind;
  /** The whole list; existing options keep their value, new ones come without. */
  options?: { value?: string; zh: string; en?: string }[];
  required?: boolean;
  sort?: number;
}

/** Definitions show up on the admin page, in customer forms, archives and filters, and in the audit log. */
function invalidateFields(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (q) => ['customer-fields', 'customers', 'audit'].includes(String(q.queryKey[0])) });
}

/** Creates a field (no id) or changes one under its version. */
export function useSaveCustomerField() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, change }: { id?: string; version?: number; change: CustomFieldChange }) =>
      id ? api.patch<CustomField>(`/customer-fields/${id}`, { version, ...change }) : api.post<CustomField>('/customer-fields', change),
    onSettled: () => invalidateFields(client),
  });
}

export function useSetCustomerFieldActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => api.post<CustomField>(`/customer-fields/${id}/${active ? 'activate' : 'deactivate'}`),
    onSettled: () => invalidateFields(client),
  });
}
