import { z } from 'zod';
import { both } from '../../../domain/shared/bilingual-issue';
import { listQuery } from '../customers/customers.routes';

export const MAX_SAVED_VIEWS = 50;
export const MAX_VIEW_NAME = 30;

const viewName = z
  .string()
  .trim()
  .min(1, both('请填写视图名称', 'give the view a name'))
  .max(MAX_VIEW_NAME, both(`不能超过 ${MAX_VIEW_NAME} 个字符`, `must have at most ${MAX_VIEW_NAME} characters`));

/** A custom-field filter of the customer list (cf.<field key>=<value>), kept as the list takes it. */
const CUSTOM_FILTER_KEY = /^cf\.[a-z][a-z0-9_]{0,39}$/;

const listFilters = listQuery.omit({ limit: true, cursor: true });
const knownFilters = new Set(Object.keys(listFilters.shape));

/**
 * The customer list's filters and sort, checked by the list's own query schema; custom-field filters (cf.*) pass
 * through as text. Any other key is refused, and so are paging keys (a view is a filter, not a page).
 */
export const savedViewQuery = z.preprocess(
  textValues,
  listFilters
    .catchall(z.string().max(200, both('不能超过 200 个字符', 'must have at most 200 characters')))
    .superRefine((query, ctx) => {
      for (const key of Object.keys(query)) {
        if (!knownFilters.has(key) && !CUSTOM_FILTER_KEY.test(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: both('不是客户列表的筛选条件', 'is not a filter of the customer list') });
        }
      }
    })
    .transform(asQueryParams),
);

/** The web may send a flag as true rather than 'true': both mean the same in a query string. */
function textValues(query: unknown): unknown {
  if (!query || typeof query !== 'object' || Array.isArray(query)) return query;
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, typeof v === 'boolean' || typeof v === 'number' ? String(v) : v]));
}

/** The filters as URL query parameters: text values, without the empty ones. */
function asQueryParams(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
}

export const createSavedViewBody = z.object({ name: viewName, query: savedViewQuery });

export const updateSavedViewBody = z
  .object({ name: viewName.optional(), query: savedViewQuery.optional() })
  .refine((b) => b.name !== undefined || b.query !== undefined, { message: both('请至少修改名称或筛选条件之一', 'change the name or the filters'), path: ['name'] });

export type SavedViewChange = z.infer<typeof updateSavedViewBody>;
