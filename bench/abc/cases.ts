/** What the benchmark asks GET /api/abc for: the default period, as four kinds of user and scope. */
import type { ScopePicks } from '../../src/server/modules/abc/abc-scope';
import { MEASURED_USERS } from '../customers-search/plan';

export interface AbcCase {
  id: string;
  /** As the report shows it. */
  label: string;
  username: string;
  picks: ScopePicks;
}

/** The cases; `cityCode` is the first office's city (the region scope). */
export function abcCases(cityCode: string): AbcCase[] {
  return [
    { id: 'org', label: 'sales manager, whole org', username: MEASURED_USERS.org, picks: {} },
    { id: 'office', label: 'office manager (own office)', username: MEASURED_USERS.office, picks: {} },
    { id: 'rep', label: 'rep (own customers)', username: MEASURED_USERS.rep, picks: {} },
    { id: 'type', label: 'sales manager, type 村卫生室', username: MEASURED_USERS.org, picks: { typeCode: 'village_clinic' } },
    { id: 'region', label: `sales manager, region ${cityCode} (1 city)`, username: MEASURED_USERS.org, picks: { regionCode: cityCode } },
  ];
}

/** The request the ABC page sends: default period (the last 12 full months), first page of the ranked list. */
export function abcUrl(base: string, c: AbcCase): string {
  const params = new URLSearchParams(Object.entries(c.picks).filter(([, v]) => v) as [string, string][]);
  return `${base}/api/abc${params.size ? `?${params}` : ''}`;
}
