import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery, type QueryValue } from '../../shared/api/client';
import type { AbcScope, CustomerFacts } from '../abc/api';

export type ValueSort = 'historicalSales' | 'historicalMargin' | 'currentSales' | 'currentMargin' | 'change';
export type Trend = 'inactive' | 'new' | 'stopped' | 'rising' | 'steady' | 'falling';
export type GroupBy = 'category' | 'customerType' | 'region' | 'office' | 'rep';

export interface ValueFigures {
  historicalSalesFen: number;
  historicalMarginFen: number;
  historicalMarginBp: number | null;
  currentSalesFen: number;
  currentMarginFen: number;
  currentMarginBp: number | null;
  previousSalesFen: number;
  changeBp: number | null;
  trend: Trend;
  costToServeFen: number | null;
}

export interface CustomerValuePage {
  total: number;
  totals: ValueFigures;
  items: (ValueFigures & { customer: CustomerFacts })[];
}

export interface SalesAnalysis {
  period: { from: string; to: string };
  buckets: string[];
  series: { key: string | null; label: string; salesFen: number[]; costFen: number[]; totalSalesFen: number; totalCostFen: number; marginFen: number }[];
  totals: number[];
  totalSalesFen: number;
  totalCostFen: number;
}

export const VALUE_PAGE_SIZE = 20;

export function useCustomerValue(scope: AbcScope, sort: ValueSort, order: 'asc' | 'desc', page: number) {
  return useQuery({
    queryKey: ['analysis', 'value', scope, sort, order, page],
    queryFn: () => api.get<CustomerValuePage>('/analysis/customer-value', { ...scope, from: undefined, to: undefined, sort, order, offset: (page - 1) * VALUE_PAGE_SIZE, limit: VALUE_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useSalesAnalysis(scope: AbcScope, groupBy: GroupBy, interval: 'month' | 'quarter') {
  return useQuery({
    queryKey: ['analysis', 'sales', scope, groupBy, interval],
    queryFn: () => api.get<SalesAnalysis>('/analysis/sales', { ...scope, groupBy, interval }),
    placeholderData: keepPreviousData,
  });
}

/** The URL of an export, for a plain link (the browser downloads it with the session cookie). */
export function exportUrl(path: string, query: Record<string, QueryValue>): string {
  return `/api${withQuery(path, query)}`;
}
