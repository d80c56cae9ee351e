import type { z } from 'zod';
import { customFieldLabel, customValueChanges, customValuesSchema, type CustomFieldDefinition, type CustomValuesContext } from '../../../domain/customers/custom-fields';
import type { FieldChange } from '../../../domain/customers/history-diff';
import { explainIssue } from '../../../domain/shared/bilingual-issue';
import type { FieldProblem } from '../../../domain/shared/error-codes';
import type { Db } from '../../db/client';
import { fieldProblem, mergeByField } from '../../http/errors';
import { listFields } from './customer-fields.queries';

/** A problem with one custom value, named by the field's label and reported at `custom.<key>`. */
function customProblem(fields: readonly CustomFieldDefinition[], issue: z.core.$ZodIssue): FieldProblem {
  const key = issue.path[0];
  if (typeof key !== 'string') return fieldProblem('custom', issue as never);
  const label = customFieldLabel(fields, key);
  const reason = explainIssue(issue as never);
  return { field: `custom.${key}`, message: `${label.zh}：${reason.zh}`, message_en: `${label.en}: ${reason.en}` };
}

export interface CheckedCustomValues {
  /** The values in their stored form (only when there are no problems). */
  values: Record<string, unknown>;
  problems: FieldProblem[];
}

/** Checks a customer's custom values against the organisation's field definitions for the customer's type. */
export async function checkCustomValues(db: Db, orgId: string, values: unknown, ctx: CustomValuesContext): Promise<CheckedCustomValues> {
  const fields = await listFields(db, orgId);
  const parsed = customValuesSchema(fields, ctx).safeParse(values);
  if (parsed.success) return { values: parsed.data, problems: [] };
  return { values: {}, problems: mergeByField(parsed.error.issues.map((i) => customProblem(fields, i))) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/** The history lines of a change to custom values (`custom.<key>`), in the fields' order; none if nothing changed. */
export async function customValueHistory(db: Db, orgId: string, before: Record<string, unknown> | null, after: Record<string, unknown>): Promise<FieldChange[]> {
  if (same(before, after)) return [];
  return customValueChanges(before, after, await listFields(db, orgId));
}
