import { z } from 'zod';
import type { CustomFieldDefinition } from '../../../../domain/customers/custom-fields';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from '../../../../domain/customers/import-columns';
import { customTarget, importableFields } from '../../../../domain/customers/import-custom';
import type { ErrorBody } from '../../../../domain/shared/error-codes';
import type { JobResult, JobProgress, JobKind } from './import-jobs';
import type { LatestImport } from './import.queries';

export const IMPORT_STATUSES = ['uploaded', 'checking', 'checked', 'importing', 'imported', 'failed'] as const;

const problemView = z.object({ row: z.number(), column: z.string(), reason_zh: z.string(), reason_en: z.string() });

/** A field a column can be mapped to: a standard one, or custom:<key> for an administrator's custom field. */
const targetView = z.object({ value: z.string(), zh: z.string(), en: z.string(), required: z.boolean() });
export type ImportTarget = z.infer<typeof targetView>;

export const customerImportView = z
  .object({
    id: z.string(),
    fileName: z.string(),
    /** uploaded → checking → checked → importing → imported; failed: the import found problems (nothing written) or broke off. */
    status: z.enum(IMPORT_STATUSES),
    rowCount: z.number(),
    headers: z.array(z.string()),
    /** Header → field, or null to leave the column out. */
    mapping: z.record(z.string(), z.string().nullable()),
    targets: z.array(targetView),
    /** While a check or import runs: rows read, or customers written, of the total. */
    progress: z.object({ phase: z.enum(['checking', 'writing']), processed: z.number(), total: z.number() }).nullable(),
    /** After a check, or an import: rows that create, update, change nothing, and rows with problems. */
    summary: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), problemRows: z.number() }).nullable(),
    problemCount: z.number(),
    /** The first problems, by row; GET /api/customer-imports/current/problems gives them all. */
    problems: z.array(problemView),
    /** Each row's outcome from the last run in this server process (not kept across restarts). */
    outcomes: z.array(z.object({ row: z.number(), action: z.enum(['create', 'update', 'unchanged']), name: z.string(), changes: z.array(z.string()) })),
    error: z.object({ code: z.string(), message: z.string(), message_en: z.string() }).nullable(),
    createdAt: z.date(),
    finishedAt: z.date().nullable(),
  })
  .meta({ id: 'CustomerImport' });
export type CustomerImportView = z.infer<typeof customerImportView>;

export const uploadedImportView = customerImportView.extend({ sample: z.array(z.array(z.string())) }).meta({ id: 'UploadedCustomerImport' });

const STANDARD_TARGETS: ImportTarget[] = IMPORT_FIELDS.map((f) => ({ value: f, ...IMPORT_FIELD_LABELS[f], required: REQUIRED_IMPORT_FIELDS.includes(f) }));

/** What a column can be mapped to in this organisation: the standard fields, then its active custom fields. */
export function importTargets(fields: readonly CustomFieldDefinition[]): ImportTarget[] {
  return [...STANDARD_TARGETS, ...importableFields(fields).map((f) => ({ value: customTarget(f.key), zh: f.labelZh, en: f.labelEn, required: false }))];
}

/** Outcomes an import answers with (and the server remembers). */
export const OUTCOMES_SHOWN = 500;

export function importView(row: LatestImport, job: { kind: JobKind; progress: JobProgress } | null, result: JobResult | null, targets: ImportTarget[]): CustomerImportView {
  const status = job ? (job.kind === 'check' ? 'checking' : 'importing') : row.status;
  const counted = !job && ['checked', 'imported', 'failed'].includes(row.status) && !result?.error;
  const error: ErrorBody | null = job ? null : (result?.error ?? null);
  return {
    id: row.id,
    fileName: row.fileName,
    status,
    rowCount: row.rowCount,
    headers: row.headers,
    mapping: row.mapping,
    targets,
    progress: job?.progress ?? null,
    summary: counted
      ? { create: row.created, update: row.updated, unchanged: Math.max(row.rowCount - row.created - row.updated - row.problemRows, 0), problemRows: row.problemRows }
      : null,
    problemCount: job ? 0 : row.problemCount,
    problems: job ? [] : row.problems,
    outcomes: job ? [] : (result?.outcomes.slice(0, OUTCOMES_SHOWN) ?? []),
    error: error ? { code: error.code, message: error.message, message_en: error.message_en } : null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}
