import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomerRuleInput } from '../../../../domain/visits/customer-rule-input';
import { api } from '../../../shared/api/client';

export type RuleSource = 'customer' | 'customer-type' | 'organisation';

/** Shape of /api/customers/:id/visit-rule (src/server/modules/visits/customer-visit-rule.service.ts). Version 0: never set. */
export interface CustomerVisitRule {
  customerId: string;
  grade: 'A' | 'B' | 'C' | 'none';
  typeCode: string | null;
  own: { visitsPerMonth: number | null; phoneAllowed: boolean | null };
  effective: { visitsPerMonth: number; phoneAllowed: boolean; source: { visitsPerMonth: RuleSource; phoneAllowed: RuleSource } };
  version: number;
  updatedAt: string | null;
}

const key = (id: string) => ['customer-visit-rule', id] as const;

export function useCustomerVisitRule(customerId: string) {
  return useQuery({ queryKey: key(customerId), queryFn: () => api.get<CustomerVisitRule>(`/customers/${customerId}/visit-rule`) });
}

export function useSaveCustomerVisitRule(customerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerRuleInput & { version: number }) => api.put<CustomerVisitRule>(`/customers/${customerId}/visit-rule`, body),
    onSuccess: (saved) => client.setQueryData(key(customerId), saved),
    onError: () => client.invalidateQueries({ queryKey: key(customerId) }),
  });
}
