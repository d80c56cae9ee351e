/** What the benchmark asks for: searches by name and by pinyin initials, and filtered lists, as three kinds of user. */
import type { CustomerListQuery } from '../../src/server/modules/customers/customers.queries';
import { MEASURED_USERS } from './plan';

export interface SearchCase {
  id: string;
  /** As the report shows it. */
  label: string;
  q?: string;
  filters?: { typeCode: string; status: 'active'; regionCode: string };
  /** 1: the first page; n: the page reached by following nextCursor n − 1 times (or the last page, if there are fewer). */
  page: number;
}

export interface MeasuredRole {
  key: keyof typeof MEASURED_USERS;
  username: string;
  label: string;
}

export const ROLES: readonly MeasuredRole[] = [
  { key: 'org', username: MEASURED_USERS.org, label: 'sales manager (whole org)' },
  { key: 'office', username: MEASURED_USERS.office, label: 'office manager (1 office)' },
  { key: 'rep', username: MEASURED_USERS.rep, label: 'rep (own customers)' },
];

/** Page size the web asks for (the API's default). */
export const PAGE_SIZE = 50;
export const LATER_PAGE = 5;

/** The cases, the filtered list in `cityCode` (the first office's city, where every measured user has customers). */
export function searchCases(cityCode: string): SearchCase[] {
  // Pharmacies: every territory has them, city districts included (village clinics are only in the countryside).
  const filters = { typeCode: 'village_pharmacy', status: 'active' as const, regionCode: cityCode };
  return [
    { id: 'name-common', label: 'name 卫生室 (very common)', q: '卫生室', page: 1 },
    { id: 'name-hospital', label: 'name 人民医院', q: '人民医院', page: 1 },
    { id: 'name-centre', label: 'name 卫生院', q: '卫生院', page: 1 },
    { id: 'name-rare', label: 'name 杏林中医诊所 (rare)', q: '杏林中医诊所', page: 1 },
    { id: 'initials-xyy', label: 'initials xyy', q: 'xyy', page: 1 },
    { id: 'initials-wsy', label: 'initials wsy', q: 'wsy', page: 1 },
    { id: 'initials-short', label: 'initials ws (2 letters)', q: 'ws', page: 1 },
    { id: 'list-filtered', label: 'list: type + region + status, by name, page 1', filters, page: 1 },
    { id: 'list-filtered-later', label: `list: type + region + status, by name, page ${LATER_PAGE}`, filters, page: LATER_PAGE },
  ];
}

/** The query string the web sends for a case (with the cursor of a later page). */
export function urlOf(base: string, c: SearchCase, cursor?: string): string {
  const params = new URLSearchParams();
  if (c.q) params.set('q', c.q);
  if (c.filters) for (const [k, v] of Object.entries(c.filters)) params.set(k, v);
  params.set('sort', 'name');
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return `${base}/api/customers?${params}`;
}

/** The same request as listCustomers receives it after the route's schema. */
export function listQueryOf(c: SearchCase, cursor?: string, limit = PAGE_SIZE): CustomerListQuery {
  return { q: c.q, ...c.filters, sort: 'name', limit, cursor };
}
