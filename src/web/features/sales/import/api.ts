import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';
import { isRunning, uploadImportFile, type CustomerImport } from '../../customers/import/api';
import { ORDERS_KEY } from '../api';

/** The person's current order import, as GET /api/order-imports/current gives it. */
export type OrderImport = Omit<CustomerImport, 'summary' | 'outcomes'> & {
  summary: { create: number; unchanged: number; problemRows: number } | null;
  outcomes: { row: number; orderNo: string; action: 'create' | 'unchanged'; customer: string; lines: number; amountFen: number }[];
};
export type UploadedOrderImport = OrderImport & { sample: string[][] };

const BASE = '/order-imports';
export const ORDER_IMPORT_KEY = ['order-imports', 'current'] as const;
export const ORDER_TEMPLATE_URL = `/api${BASE}/template`;
export const ORDER_PROBLEMS_URL = `/api${BASE}/current/problems`;

export const uploadOrderFile = (file: File, onProgress: (percent: number) => void) => uploadImportFile<UploadedOrderImport>(file, onProgress, `/api${BASE}`);

/** The current order import, polled every second while a check or import runs on the server. */
export function useCurrentOrderImport() {
  return useQuery({
    queryKey: ORDER_IMPORT_KEY,
    queryFn: () => api.get<{ import: OrderImport | null }>(`${BASE}/current`).then((r) => r.import),
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? 1000 : false),
  });
}

/** Starts the dry run (check) or the import; the answer is the import with its run under way. */
export function useStartOrderImportRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ run, mapping }: { run: 'check' | 'import'; mapping: Record<string, string | null> }) => api.post<OrderImport>(`${BASE}/current/${run}`, { mapping }),
    onSuccess: (current) => client.setQueryData(ORDER_IMPORT_KEY, current),
  });
}

/** After an import, the order lists and customer sales are stale. */
export function useRefreshAfterOrderImport() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ORDERS_KEY });
}
