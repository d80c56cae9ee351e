import { z } from 'zod';
import type { CustomFieldDefinition } from '../../../../domain/customers/custom-fields';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from '../../../../domain/customers/import-columns';
import { customTarget, importableFields } from '../../../../domain/customers/import-custom';
import type { JobResult, JobProgress, JobKind } from '../../imports/import-jobs';
import type { LatestImport } from '../../imports/import-store.queries';
import { importState, importViewBase } from '../../imports/import-view';
import type { RowOutcome } from './import-plan';

/** A field a column can be mapped to: a standard one, or custom:<key> for an administrator's custom field. */
export type ImportTarget = { value: string; zh: string; en: string; required: boolean };

export const customerImportView = z
  .object({
    ...importViewBase,
    /** After a check, or an import: rows that create, update, change nothing, and rows with problems. */
    summary: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), problemRows: z.number() }).nullable(),
    /** Each row's outcome from the last run in this server process (not kept across restarts). */
    outcomes: z.array(z.object({ row: z.number(), action: z.enum(['create', 'update', 'unchanged']), name: z.string(), changes: z.array(z.string()) })),
  })
  .meta({ id: 'CustomerImport' });
export type CustomerImportView = z.infer<typeof customerImportView>;

export const uploadedImportView = customerImportView.extend({ sample: z.array(z.array(z.string())) }).meta({ id: 'UploadedCustomerImport' });

const STANDARD_TARGETS: ImportTarget[] = IMPORT_FIELDS.map((f) => ({ value: f, ...IMPORT_FIELD_LABELS[f], required: REQUIRED_IMPORT_FIELDS.includes(f) }));

/** What a column can be mapped to in this organisation: the standard fields, then its active custom fields. */
export function importTargets(fields: readonly CustomFieldDefinition[]): ImportTarget[] {
  return [...STANDARD_TARGETS, ...importableFields(fields).map((f) => ({ value: customTarget(f.key), zh: f.labelZh, en: f.labelEn, required: false }))];
}

export function importView(row: LatestImport, job: { kind: JobKind; progress: JobProgress } | null, result: JobResult<RowOutcome> | null, targets: ImportTarget[]): CustomerImportView {
  const { counted, view } = importState(row, job, result);
  return {
    ...view,
    targets,
    summary: counted
      ? { create: row.created, update: row.updated, unchanged: Math.max(row.rowCount - row.created - row.updated - row.problemRows, 0), problemRows: row.problemRows }
      : null,
  };
}
