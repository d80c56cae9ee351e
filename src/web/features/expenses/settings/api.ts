import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExpenseSettings } from '../../../../domain/expenses/settings';
import { api } from '../../../shared/api/client';

/** Shape of /api/settings/expenses (src/server/modules/expenses/expense-settings.service.ts). Version 0: the defaults. */
export interface ExpenseSettingsView {
  settings: ExpenseSettings;
  version: number;
  isDefault: boolean;
}

const key = ['settings', 'expenses'] as const;

export function useExpenseSettings() {
  return useQuery({ queryKey: key, queryFn: () => api.get<ExpenseSettingsView>('/settings/expenses') });
}

export function useSaveExpenseSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; settings: ExpenseSettings }) => api.put<ExpenseSettingsView>('/settings/expenses', body),
    onSuccess: (saved) => client.setQueryData(key, saved),
  });
}
