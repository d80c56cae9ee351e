import type { Actor } from '../../../../domain/identity/policies';
import { checkOrderMapping, suggestOrderMapping } from '../../../../domain/sales/order-import-columns';
import type { Db } from '../../../db/client';
import { isUniqueViolation } from '../../../db/pg-errors';
import { recordAudit } from '../../admin/audit';
import type { RequestMeta } from '../../identity/auth.service';
import type { ImportJobs, JobResult } from '../../imports/import-jobs';
import { errorBody, importableImport, problemsOfCurrent, type RequestedMapping } from '../../imports/import-runs';
import { insertImport, latestImport, saveImport, storedFile, type ImportOwner } from '../../imports/import-store.queries';
import { OUTCOMES_SHOWN } from '../../imports/import-view';
import { readUploadedTable } from '../../imports/upload';
import { writeOrder } from '../order-entry';
import { planOrderImport, type OrderImportPlan, type OrderOutcome } from './order-import-plan';
import { presentOrderImport, type OrderImportView } from './order-import.presenter';

/** What every order import route needs: the database, the runs under way, and the request's clock and address. */
export interface OrderImportScope {
  db: Db;
  jobs: ImportJobs<OrderOutcome>;
  actor: Actor;
  meta: RequestMeta;
}

const ordersOf = (actor: Actor): ImportOwner => ({ actor, kind: 'orders' });

export async function currentOrderImport({ db, jobs, actor }: Pick<OrderImportScope, 'db' | 'jobs' | 'actor'>): Promise<OrderImportView | null> {
  const row = await latestImport(db, ordersOf(actor));
  return row ? presentOrderImport(row, jobs.stateOf(row.id), jobs.resultOf(row.id)) : null;
}

/** Reads an uploaded .xlsx or .csv file of order lines and stores it as the person's current order import, with the suggested mapping. */
export async function uploadOrderImport(scope: OrderImportScope, file: { fileName: string; bytes: Buffer }) {
  const { headers, rows } = await readUploadedTable(file);
  const stored = { headers, rows: rows.map((r): [number, ...string[]] => [r.row, ...r.cells]), mapping: suggestOrderMapping(headers), fileName: file.fileName };
  await insertImport(scope.db, ordersOf(scope.actor), stored, scope.meta.now, scope.jobs.runningIds());
  return { ...(await currentOrderImport(scope))!, sample: rows.slice(0, 5).map((r) => r.cells) };
}

const importable = (scope: OrderImportScope, requested: RequestedMapping | undefined) => importableImport(scope.db, ordersOf(scope.actor), scope.jobs, requested, checkOrderMapping);
const kept = (plan: OrderImportPlan): JobResult<OrderOutcome> => ({ outcomes: plan.outcomes.slice(0, OUTCOMES_SHOWN), error: null });
const counts = (plan: OrderImportPlan) => ({ problems: plan.problems, created: plan.creates.length, unchanged: plan.unchanged });

/** Starts a dry run with this mapping: every row checked, rows grouped into orders, nothing written to the ledger. Answers at once. */
export async function startOrderCheck(scope: OrderImportScope, requested: RequestedMapping): Promise<OrderImportView> {
  const { db, jobs, actor } = scope;
  const owner = ordersOf(actor);
  const { row, mapping } = await importable(scope, requested);
  await saveImport(db, owner, row.id, { mapping });
  jobs.start(
    row.id,
    'check',
    row.rowCount,
    async (report) => {
      const plan = await planOrderImport(db, actor, await storedFile(db, owner, row.id), (n) => report('checking', n));
      await saveImport(db, owner, row.id, { status: 'checked', ...counts(plan), finishedAt: null });
      return kept(plan);
    },
    async () => {
      await saveImport(db, owner, row.id, { status: 'uploaded', problems: [], created: 0, unchanged: 0 });
      return errorBody('INTERNAL');
    },
  );
  return (await currentOrderImport(scope))!;
}

/** A plan with problems stops the import's transaction; nothing it did is kept. */
class StoppedByProblems extends Error {
  constructor(readonly plan: OrderImportPlan) {
    super('order import has problems');
  }
}

/**
 * Starts the import: in one transaction every row is checked again against the ledger as it is now and, only if no
 * row has a problem, each new order is written by the same code as orders entered by hand or pushed by the ERP
 * (source "import", the 订单号 as its external number), which also keeps sales_monthly right. All or nothing.
 */
export async function startOrderImport(scope: OrderImportScope, requested: RequestedMapping | undefined): Promise<OrderImportView> {
  const { db, jobs, actor, meta } = scope;
  const owner = ordersOf(actor);
  const { row, mapping } = await importable(scope, requested);
  await saveImport(db, owner, row.id, { mapping });
  jobs.start(
    row.id,
    'import',
    row.rowCount,
    async (report) => {
      const file = await storedFile(db, owner, row.id);
      try {
        const plan = await db.transaction(async (tx) => {
          const t = tx as Db;
          const checked = await planOrderImport(t, actor, file, (n) => report('checking', n));
          if (checked.problems.length) throw new StoppedByProblems(checked);
          report('writing', 0, checked.creates.length);
          let written = 0;
          for (const order of checked.creates) {
            await writeOrder(t, actor, order.input, 'import', meta.now);
            report('writing', ++written);
          }
          await saveImport(t, owner, row.id, { status: 'imported', ...counts(checked), rows: null, finishedAt: meta.now });
          const after = { fileName: row.fileName, rows: row.rowCount, lines: checked.lines, created: checked.creates.length, unchanged: checked.unchanged };
          await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'order.import', targetType: 'order_import', targetId: row.id, after, ip: meta.ip }, meta.now);
          return checked;
        });
        return kept(plan);
      } catch (err) {
        if (!(err instanceof StoppedByProblems)) throw err;
        await saveImport(db, owner, row.id, { status: 'failed', ...counts(err.plan), finishedAt: meta.now });
        return kept(err.plan);
      }
    },
    async (err) => {
      await saveImport(db, owner, row.id, { status: 'failed', problems: [], created: 0, unchanged: 0, finishedAt: meta.now });
      return errorBody(isUniqueViolation(err) ? 'IMPORT_ORDERS_CHANGED' : 'INTERNAL');
    },
  );
  return (await currentOrderImport(scope))!;
}

export const currentOrderProblems = (scope: Pick<OrderImportScope, 'db' | 'actor'>) => problemsOfCurrent(scope.db, ordersOf(scope.actor));
