import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import { invalidateCustomers } from '../api';

/** Gives customers to a rep of their office, or (ownerId null) back to the office's unassigned pool; all or nothing. */
export function useReassignCustomers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { customerIds: string[]; ownerId: string | null }) => api.post<{ moved: number }>('/customers/reassign', body),
    onSettled: () => invalidateCustomers(client),
  });
}
