import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CustomerStatus } from '../../../domain/customers/customer-options';
import type { CustomerInput, KeyPersonInput } from '../../../domain/customers/customer-schemas';
import { api } from '../../shared/api/client';
import type { Office, Page, User } from '../../shared/api/types';
import type { Contact, Customer, CustomerSummary, CustomerType, HistoryEntry } from './types';

export const PAGE_SIZE = 20;

export interface CustomerFilters {
  q?: string;
  typeCode?: string;
  status?: CustomerStatus;
  officeId?: string;
  ownerId?: string;
  regionCode?: string;
  tag?: string;
  unassigned?: boolean;
  deleted?: boolean;
  sort?: 'name' | 'updated';
}

export function useCustomerTypes() {
  return useQuery({
    queryKey: ['customer-types'],
    queryFn: () => api.get<{ items: CustomerType[] }>('/customer-types').then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

/** Customers in the person's scope, keyset-paged by name or by last change. */
export function useCustomerList(filters: CustomerFilters) {
  return useInfiniteQuery({
    queryKey: ['customers', 'list', filters],
    queryFn: ({ pageParam }) =>
      api.get<Page<CustomerSummary>>('/customers', {
        ...filters,
        unassigned: filters.unassigned || undefined,
        deleted: filters.deleted || undefined,
        limit: PAGE_SIZE,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export const fetchCustomer = (id: string) => api.get<Customer>(`/customers/${id}`);
export const customerKey = (id: string) => ['customers', 'one', id] as const;

export function useCustomer(id: string) {
  return useQuery({ queryKey: customerKey(id), queryFn: () => fetchCustomer(id) });
}

export function useCustomerHistory(id: string) {
  return useQuery({
    queryKey: ['customers', 'history', id],
    queryFn: () => api.get<{ items: HistoryEntry[] }>(`/customers/${id}/history`).then((r) => r.items),
  });
}

/** Active people who may own customers (reps and office managers), for the owner choices. */
export function useOwnerCandidates(enabled: boolean, officeId?: string | null) {
  return useQuery({
    queryKey: ['users', 'owners', officeId ?? null],
    queryFn: () =>
      api
        .get<Page<User>>('/users', { officeId: officeId ?? undefined, active: 'true', limit: 200 })
        .then((r) => r.items.filter((u) => u.role === 'rep' || u.role === 'office_manager')),
    enabled,
  });
}

/** Names of the people and offices in scope, to read owner and office changes in the history. */
export function useDirectoryNames() {
  const users = useQuery({ queryKey: ['users', 'names'], queryFn: () => api.get<Page<User>>('/users', { limit: 200 }).then((r) => r.items) });
  const offices = useQuery({ queryKey: ['offices'], queryFn: () => api.get<{ items: Office[] }>('/offices').then((r) => r.items) });
  const names = new Map<string, string>();
  for (const u of users.data ?? []) names.set(u.id, u.displayName);
  for (const o of offices.data ?? []) names.set(o.id, o.name);
  return names;
}

/** Customer lists, records, histories and the home page change together. */
export function invalidateCustomers(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (q) => ['customers', 'home'].includes(String(q.queryKey[0])) });
}

export type CustomerBody = Partial<CustomerInput> & { officeId?: string | null; custom?: Record<string, unknown> };

export type CustomerSave =
  | { kind: 'create'; body: CustomerBody & { confirmNotDuplicate?: boolean } }
  | { kind: 'update'; id: string; body: CustomerBody & { version: number } }
  | { kind: 'delete' | 'restore'; id: string };

function sendCustomer(save: CustomerSave): Promise<Customer | { ok: true }> {
  switch (save.kind) {
    case 'create':
      return api.post<Customer>('/customers', save.body);
    case 'update':
      return api.patch<Customer>(`/customers/${save.id}`, save.body);
    case 'delete':
      return api.delete<{ ok: true }>(`/customers/${save.id}`);
    case 'restore':
      return api.post<Customer>(`/customers/${save.id}/restore`);
  }
}

export function useSaveCustomer() {
  const client = useQueryClient();
  return useMutation({ mutationFn: sendCustomer, onSettled: () => invalidateCustomers(client) });
}

export type ContactSave =
  | { kind: 'create'; customerId: string; body: Partial<KeyPersonInput> }
  | { kind: 'update'; customerId: string; id: string; body: Partial<KeyPersonInput> & { version: number } }
  | { kind: 'delete'; customerId: string; id: string };

function sendContact(save: ContactSave): Promise<Contact | { ok: true }> {
  const base = `/customers/${save.customerId}/contacts`;
  if (save.kind === 'create') return api.post<Contact>(base, save.body);
  if (save.kind === 'update') return api.patch<Contact>(`${base}/${save.id}`, save.body);
  return api.delete<{ ok: true }>(`${base}/${save.id}`);
}

export function useSaveContact() {
  const client = useQueryClient();
  return useMutation({ mutationFn: sendContact, onSettled: () => invalidateCustomers(client) });
}
