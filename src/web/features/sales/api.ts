import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryValue } from '../../shared/api/client';

/** The sales ledger as the API sends it; money in integer fen. */
export interface Product {
  id: string;
  code: string;
  name: string;
  spec: string | null;
  category: string;
  unit: string;
  listPriceFen: number;
  costFen: number;
  expenseStandardFen: number;
  active: boolean;
  version: number;
}

export interface OrderSummary {
  id: string;
  kind: 'sale' | 'return';
  orderDate: string;
  customerId: string;
  customerName: string;
  officeName: string | null;
  ownerName: string | null;
  externalRef: string | null;
  source: 'manual' | 'import' | 'erp';
  returnOf: string | null;
  amountFen: number;
  costFen: number;
  owedFen: number;
}

export interface OrderLine {
  lineNo: number;
  productId: string;
  productCode: string;
  productName: string;
  unit: string;
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
}

export interface Collection {
  id: string;
  collectedOn: string;
  amountFen: number;
  externalRef: string | null;
  createdByName: string | null;
}

export interface OrderDetail extends OrderSummary {
  note: string | null;
  createdByName: string | null;
  lines: OrderLine[];
  collections: Collection[];
  returns: OrderSummary[];
  returnedFen: number;
  collectedFen: number;
  returnable: { productId: string; quantity: number }[];
}

export interface CustomerSales {
  sinceMonth: string;
  last12MonthsFen: number;
  last12MonthsCostFen: number;
  owedFen: number;
  orderCount: number;
  lastOrderDate: string | null;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const PRODUCTS_KEY = ['products'];
export const ORDERS_KEY = ['orders'];

export function useProducts(filters: Record<string, QueryValue>) {
  return useQuery({ queryKey: [...PRODUCTS_KEY, filters], queryFn: () => api.get<Page<Product>>('/products', { ...filters, limit: 200 }) });
}

export type ProductChange = Omit<Product, 'id' | 'active' | 'version'>;

export function useSaveProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: string; version?: number; change: Partial<ProductChange> }) =>
      v.id ? api.patch<Product>(`/products/${v.id}`, { ...v.change, version: v.version }) : api.post<Product>('/products', v.change),
    onSuccess: () => client.invalidateQueries({ queryKey: PRODUCTS_KEY }),
  });
}

export function useSetProductActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (p: Product) => api.post<Product>(`/products/${p.id}/${p.active ? 'deactivate' : 'activate'}`, { version: p.version }),
    onSuccess: () => client.invalidateQueries({ queryKey: PRODUCTS_KEY }),
  });
}

export function useOrders(filters: Record<string, QueryValue>) {
  return useInfiniteQuery({
    queryKey: [...ORDERS_KEY, 'list', filters],
    queryFn: ({ pageParam }) => api.get<Page<OrderSummary>>('/orders', { ...filters, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useOrder(id: string) {
  return useQuery({ queryKey: [...ORDERS_KEY, 'one', id], queryFn: () => api.get<OrderDetail>(`/orders/${id}`) });
}

export interface OrderBody {
  customerId: string;
  kind: 'sale' | 'return';
  orderDate: string;
  returnOf?: string;
  note?: string;
  lines: { productId: string; quantity: number; unitPriceFen?: number }[];
}

export function useEnterOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrderBody) => api.post<OrderDetail>('/orders', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ORDERS_KEY }),
  });
}

export function useCollect(orderId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { collectedOn: string; amountFen: number }) => api.post<OrderDetail>(`/orders/${orderId}/collections`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ORDERS_KEY }),
  });
}

export function useCustomerSales(customerId: string) {
  return useQuery({ queryKey: [...ORDERS_KEY, 'customer', customerId], queryFn: () => api.get<CustomerSales>(`/customers/${customerId}/sales`) });
}
