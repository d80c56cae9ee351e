import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../shared/api/client';
import { PRODUCTS_KEY } from './api';

/** One 客情费 standard of a product and the day it took effect (GET /products/:id/standards, newest first). */
export interface StandardEntry {
  effectiveFrom: string;
  standardFen: number;
  createdByName: string | null;
  createdAt: string;
}

/** Under the products key, so saving a product refreshes it. */
export function useStandardHistory(productId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...PRODUCTS_KEY, productId, 'standards'],
    queryFn: () => api.get<{ items: StandardEntry[] }>(`/products/${productId}/standards`),
    enabled,
  });
}

/** Today in Asia/Shanghai (the server's default 生效日期), whatever the browser's zone. */
export function shanghaiToday(): Dayjs {
  return dayjs(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
}
