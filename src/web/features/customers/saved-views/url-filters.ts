import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { CUSTOMER_STATUSES, type CustomerStatus } from '../../../../domain/customers/customer-options';
import type { CustomerFilters } from '../api';

const TEXT_KEYS = ['q', 'typeCode', 'officeId', 'ownerId', 'regionCode', 'tag'] as const;
const FLAG_KEYS = ['unassigned', 'deleted'] as const;
/** Filters on administrator-defined fields travel as cf.<key>=<value>. */
const isCustomKey = (key: string) => key.startsWith('cf.');

/** The list's filters as a URL query says them (unknown or malformed values are left out). */
export function filtersFromParams(params: URLSearchParams | Record<string, string>): CustomerFilters {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : params[key]) || undefined;
  const filters: CustomerFilters & Record<string, unknown> = {};
  for (const key of TEXT_KEYS) if (get(key)) filters[key] = get(key);
  for (const key of FLAG_KEYS) if (get(key) === 'true') filters[key] = true;
  const status = get('status');
  if (status && (CUSTOMER_STATUSES as readonly string[]).includes(status)) filters.status = status as CustomerStatus;
  const sort = get('sort');
  if (sort === 'name' || sort === 'updated') filters.sort = sort;
  const keys = params instanceof URLSearchParams ? [...params.keys()] : Object.keys(params);
  for (const key of keys) if (isCustomKey(key) && get(key)) filters[key] = get(key);
  return filters;
}

/** The filters as query parameters: set values only, flags as 'true', the default sort (by name) left out. */
export function paramsOfFilters(filters: CustomerFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (key === 'sort' && value === 'name') continue;
    params[key] = String(value);
  }
  return params;
}

/** Whether two sets of filters show the same list. */
export function sameFilters(a: CustomerFilters, b: CustomerFilters): boolean {
  const x = paramsOfFilters(a);
  const y = paramsOfFilters(b);
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].every((k) => x[k] === y[k]);
}

/** Marks a navigation that set the filters from outside the filter bar (a saved view). */
interface AppliedState {
  appliedView?: number;
}

/**
 * The customer list's filters, kept in the URL query string so that a filtered list (and so a saved view) is also a
 * bookmark. `replace` sets filters from outside the filter bar (a saved view) and `barKey` changes with it, in the
 * same navigation, so that the bar's text boxes start again from the new values; typing keeps the key.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const state = useLocation().state as AppliedState | null;
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = useCallback((next: CustomerFilters) => setParams(paramsOfFilters(next), { replace: true, state }), [setParams, state]);
  const replace = useCallback(
    (next: CustomerFilters) => setParams(paramsOfFilters(next), { state: { appliedView: (state?.appliedView ?? 0) + 1 } satisfies AppliedState }),
    [setParams, state],
  );
  return { filters, setFilters, replace, barKey: state?.appliedView ?? 0 };
}
