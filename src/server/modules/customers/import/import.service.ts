import { customKeyOf, withCustomSuggestions } from '../../../../domain/customers/import-custom';
import { checkMapping, suggestMapping, type ImportMapping } from '../../../../domain/customers/import-mapping';
import type { Actor } from '../../../../domain/identity/policies';
import type { Db } from '../../../db/client';
import { isUniqueViolation } from '../../../db/pg-errors';
import { recordAudit } from '../../admin/audit';
import { listFields } from '../../customer-fields/customer-fields.queries';
import type { RequestMeta } from '../../identity/auth.service';
import type { ImportJobs, JobResult } from '../../imports/import-jobs';
import { insertImport, latestImport, saveImport, storedFile, type ImportOwner, type LatestImport, type StoredFile } from '../../imports/import-store.queries';
import { errorBody, importableImport, problemsOfCurrent, type RequestedMapping } from '../../imports/import-runs';
import { readUploadedTable } from '../../imports/upload';
import { planImport, type ImportPlan, type RowOutcome } from './import-plan';
import { tidyAfterImport, writePlan } from './import-write';
import { OUTCOMES_SHOWN } from '../../imports/import-view';
import { importTargets, importView, type CustomerImportView } from './import.presenter';

/** What every import route needs: the database, the runs under way, and the request's clock and address. */
export interface ImportScope {
  db: Db;
  jobs: ImportJobs<RowOutcome>;
  actor: Actor;
  meta: RequestMeta;
}

/** The person's customer imports. */
const customersOf = (actor: Actor): ImportOwner => ({ actor, kind: 'customers' });


export async function currentImport({ db, jobs, actor }: Pick<ImportScope, 'db' | 'jobs' | 'actor'>): Promise<CustomerImportView | null> {
  const row = await latestImport(db, customersOf(actor));
  if (!row) return null;
  return importView(row, jobs.stateOf(row.id), jobs.resultOf(row.id), importTargets(await listFields(db, actor.orgId)));
}

/**
 * Reads an uploaded .xlsx or .csv file, stores its header row and rows as the person's current import, and
 * answers with the headers, the first rows and the suggested column mapping.
 */
export async function uploadImport(scope: ImportScope, file: { fileName: string; bytes: Buffer }) {
  const { headers, rows } = await readUploadedTable(file);
  const mapping = withCustomSuggestions(suggestMapping(headers), await listFields(scope.db, scope.actor.orgId));
  const stored: StoredFile = { headers, rows: rows.map((r) => [r.row, ...r.cells]), mapping };
  await insertImport(scope.db, customersOf(scope.actor), { ...stored, fileName: file.fileName }, scope.meta.now, scope.jobs.runningIds());
  const view = (await currentImport(scope))!;
  return { ...view, sample: rows.slice(0, 5).map((r) => r.cells) };
}

async function importable(scope: ImportScope, requested: RequestedMapping | undefined): Promise<{ row: LatestImport; mapping: ImportMapping }> {
  return importableImport(scope.db, customersOf(scope.actor), scope.jobs, requested, async (mapping, headers) => {
    const custom = importTargets(await listFields(scope.db, scope.actor.orgId)).filter((t) => customKeyOf(t.value));
    return checkMapping(mapping, headers, new Map(custom.map((t) => [t.value, { zh: t.zh, en: t.en }])));
  });
}

/** Outcomes remembered per import: what the page shows, not 100,000 rows kept in memory. */
const keptOutcomes = (plan: ImportPlan): JobResult<RowOutcome> => ({ outcomes: plan.outcomes.slice(0, OUTCOMES_SHOWN), error: null });

/** Starts a dry run with this mapping: every row checked and classified, nothing written to customers. Answers at once. */
export async function startCheck(scope: ImportScope, requested: RequestedMapping): Promise<CustomerImportView> {
  const { db, jobs, actor } = scope;
  const { row, mapping } = await importable(scope, requested);
  await saveImport(db, customersOf(actor), row.id, { mapping });
  jobs.start(
    row.id,
    'check',
    row.rowCount,
    async (report) => {
      const file = await storedFile(db, customersOf(actor), row.id);
      const plan = await planImport(db, actor, file, { lock: false, progress: (n) => report('checking', n) });
      await saveImport(db, customersOf(actor), row.id, { status: 'checked', problems: plan.problems, created: plan.creates.length, updated: plan.updates.length, finishedAt: null });
      return keptOutcomes(plan);
    },
    async () => {
      await saveImport(db, customersOf(actor), row.id, { status: 'uploaded', problems: [], created: 0, updated: 0 });
      return errorBody('INTERNAL');
    },
  );
  return (await currentImport(scope))!;
}

/** A plan with problems stops the import's transaction; nothing it did is kept. */
class StoppedByProblems extends Error {
  constructor(readonly plan: ImportPlan) {
    super('import has problems');
  }
}

/**
 * Starts the import: in one transaction, every row is checked again against the database as it is now (the
 * customers to update locked) and, only if no row has a problem, written. All or nothing. Answers at once.
 */
export async function startImport(scope: ImportScope, requested: RequestedMapping | undefined): Promise<CustomerImportView> {
  const { db, jobs, actor, meta } = scope;
  const { row, mapping: chosen } = await importable(scope, requested);
  await saveImport(db, customersOf(actor), row.id, { mapping: chosen });
  jobs.start(
    row.id,
    'import',
    row.rowCount,
    async (report) => {
      const file = await storedFile(db, customersOf(actor), row.id);
      try {
        const plan = await db.transaction(async (tx) => {
          const t = tx as Db;
          const checked = await planImport(t, actor, file, { lock: true, progress: (n) => report('checking', n) });
          if (checked.problems.length) throw new StoppedByProblems(checked);
          report('writing', 0, checked.creates.length + checked.updates.length);
          await writePlan(t, actor, checked, meta.now, (n) => report('writing', n));
          const counts = { created: checked.creates.length, updated: checked.updates.length };
          await saveImport(t, customersOf(actor), row.id, { status: 'imported', problems: [], ...counts, rows: null, finishedAt: meta.now });
          const after = { fileName: row.fileName, rows: row.rowCount, ...counts, unchanged: checked.unchanged };
          await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'customer.import', targetType: 'customer_import', targetId: row.id, after, ip: meta.ip }, meta.now);
          return checked;
        });
        await tidyAfterImport(db, plan.creates.length + plan.updates.length);
        return keptOutcomes(plan);
      } catch (err) {
        if (!(err instanceof StoppedByProblems)) throw err;
        const { plan } = err;
        await saveImport(db, customersOf(actor), row.id, { status: 'failed', problems: plan.problems, created: plan.creates.length, updated: plan.updates.length, finishedAt: meta.now });
        return keptOutcomes(plan);
      }
    },
    async (err) => {
      await saveImport(db, customersOf(actor), row.id, { status: 'failed', problems: [], created: 0, updated: 0, finishedAt: meta.now });
      return errorBody(isUniqueViolation(err) ? 'IMPORT_CHANGED' : 'INTERNAL');
    },
  );
  return (await currentImport(scope))!;
}

/** Every problem of the current import's last check or import. */
export const currentProblems = (scope: Pick<ImportScope, 'db' | 'actor'>) => problemsOfCurrent(scope.db, customersOf(scope.actor));
