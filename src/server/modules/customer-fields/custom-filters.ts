import { CUSTOM_FILTER_PREFIX, customFieldLabel, customFilterValue } from '../../../domain/customers/custom-fields';
import type { FieldProblem } from '../../../domain/shared/error-codes';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { listFields } from './customer-fields.queries';

/**
 * The `cf.<key>=<value>` filters of a customer-list query as one jsonb object the stored values must contain
 * (`custom @> …`, which the GIN index on customers.custom answers); undefined when there are none.
 * A key that is no field or a value the field cannot hold is a 400 naming the field.
 */
export async function customFilters(db: Db, orgId: string, query: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const asked = Object.entries(query).filter(([name]) => name.startsWith(CUSTOM_FILTER_PREFIX));
  if (!asked.length) return undefined;
  const fields = await listFields(db, orgId);
  const contains: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const [name, raw] of asked) {
    const key = name.slice(CUSTOM_FILTER_PREFIX.length);
    const field = fields.find((f) => f.key === key);
    const label = customFieldLabel(fields, key);
    const checked = field ? customFilterValue(field, raw as string | string[]) : ({ ok: false, error: { zh: '不是本企业的自定义字段', en: 'is not one of the custom fields' } } as const);
    if (checked.ok) contains[key] = checked.value;
    else problems.push({ field: name, message: `${label.zh}：${checked.error.zh}`, message_en: `${label.en}: ${checked.error.en}` });
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);
  return contains;
}
