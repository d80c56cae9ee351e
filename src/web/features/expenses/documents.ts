import { withQuery, type QueryValue } from '../../shared/api/client';

/** Download links of the 客情费 documents (same-origin GETs carrying the session cookie). */
export const documentUrl = {
  statement: (id: string, format: 'pdf' | 'xlsx') => withQuery(`/api/expense-statements/${id}/document`, { format }),
  specialSummary: (query: Record<string, QueryValue>) => withQuery('/api/expense-applications/summary/export', query),
  ledger: (query: Record<string, QueryValue>) => withQuery('/api/expense-ledger/export', query),
};
