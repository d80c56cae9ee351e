import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MergeKeep } from '../../../../domain/customers/merge';
import { api } from '../../../shared/api/client';
import type { Page } from '../../../shared/api/types';
import { customerKey, fetchCustomer, invalidateCustomers } from '../api';
import type { Customer, CustomerSummary } from '../types';

/** Customers in the person's scope matching a search, to pick the other record of a merge. */
export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: ['customers', 'search', q],
    queryFn: () => api.get<Page<CustomerSummary>>('/customers', { q, limit: 20 }).then((r) => r.items),
    enabled: q.trim().length > 0,
  });
}

export interface MergeRequest {
  survivorId: string;
  otherId: string;
  version: number;
  otherVersion: number;
  keep: MergeKeep;
}

/** Merges the other customer into the survivor; both must be at the versions the person saw. */
export function useMergeCustomers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ survivorId, ...body }: MergeRequest) => api.post<Customer>(`/customers/${survivorId}/merge`, body),
    onSettled: () => invalidateCustomers(client),
  });
}

/** The full record of the customer picked for a merge (nothing until one is picked). */
export function usePickedCustomer(id: string | null) {
  return useQuery({ queryKey: customerKey(id ?? ''), queryFn: () => fetchCustomer(id!), enabled: id !== null });
}
