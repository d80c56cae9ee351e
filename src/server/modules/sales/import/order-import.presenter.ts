import { z } from 'zod';
import { ORDER_IMPORT_FIELDS, ORDER_IMPORT_LABELS, REQUIRED_ORDER_FIELDS } from '../../../../domain/sales/order-import-columns';
import type { JobKind, JobProgress, JobResult } from '../../imports/import-jobs';
import type { LatestImport } from '../../imports/import-store.queries';
import { importState, importViewBase } from '../../imports/import-view';
import type { OrderOutcome } from './order-import-plan';

export const orderImportView = z
  .object({
    ...importViewBase,
    /** After a check or an import: new orders, orders imported before with the same content, rows with problems. */
    summary: z.object({ create: z.number(), unchanged: z.number(), problemRows: z.number() }).nullable(),
    /** Each order's outcome from the last run in this server process (not kept across restarts). */
    outcomes: z.array(
      z.object({ row: z.number(), orderNo: z.string(), action: z.enum(['create', 'unchanged']), customer: z.string(), lines: z.number(), amountFen: z.number() }),
    ),
  })
  .meta({ id: 'OrderImport' });
export type OrderImportView = z.infer<typeof orderImportView>;

export const uploadedOrderImportView = orderImportView.extend({ sample: z.array(z.array(z.string())) }).meta({ id: 'UploadedOrderImport' });

/** The fields a column can go to; besides the required ones, one of the three customer columns is needed. */
const TARGETS = ORDER_IMPORT_FIELDS.map((f) => ({ value: f, ...ORDER_IMPORT_LABELS[f], required: REQUIRED_ORDER_FIELDS.includes(f) }));

export function presentOrderImport(row: LatestImport, job: { kind: JobKind; progress: JobProgress } | null, result: JobResult<OrderOutcome> | null): OrderImportView {
  const { counted, view } = importState(row, job, result);
  return { ...view, targets: TARGETS, summary: counted ? { create: row.created, unchanged: row.unchanged, problemRows: row.problemRows } : null };
}
