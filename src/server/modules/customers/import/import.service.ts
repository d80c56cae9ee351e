import { customKeyOf, withCustomSuggestions } from '../../../../domain/customers/import-custom';
import { checkMapping, suggestMapping, type ImportMapping } from '../../../../domain/customers/import-mapping';
import { readImportTable } from '../../../../domain/customers/import-table';
import type { Actor } from '../../../../domain/identity/policies';
import { ERRORS, type ErrorBody, type ErrorCode, type FieldProblem } from '../../../../domain/shared/error-codes';
import type { Bilingual } from '../../../../domain/shared/messages';
import type { Db } from '../../../db/client';
import { isUniqueViolation } from '../../../db/pg-errors';
import { AppError } from '../../../http/errors';
import { recordAudit } from '../../admin/audit';
import { listFields } from '../../customer-fields/customer-fields.queries';
import type { RequestMeta } from '../../identity/auth.service';
import { kindOf, readSheet, UnreadableFile } from './import-file';
import type { ImportJobs, JobResult } from './import-jobs';
import { planImport, type ImportPlan, type StoredFile } from './import-plan';
import { tidyAfterImport, writePlan } from './import-write';
import { OUTCOMES_SHOWN, importTargets, importView, type CustomerImportView } from './import.presenter';
import { allProblems, insertImport, latestImport, saveImport, storedFile, type LatestImport } from './import.queries';

/** What every import route needs: the database, the runs under way, and the request's clock and address. */
export interface ImportScope {
  db: Db;
  jobs: ImportJobs;
  actor: Actor;
  meta: RequestMeta;
}

/** A file problem as the error names it: the field "file" and the reason. */
export function fileError(reason: Bilingual): AppError {
  return new AppError('IMPORT_FILE_INVALID', [{ field: 'file', message: `文件：${reason.zh}`, message_en: `File: ${reason.en}` }]);
}

function bodyOf(code: ErrorCode): ErrorBody {
  return { code, message: ERRORS[code].zh, message_en: ERRORS[code].en };
}

export async function currentImport({ db, jobs, actor }: Pick<ImportScope, 'db' | 'jobs' | 'actor'>): Promise<CustomerImportView | null> {
  const row = await latestImport(db, actor);
  if (!row) return null;
  return importView(row, jobs.stateOf(row.id), jobs.resultOf(row.id), importTargets(await listFields(db, actor.orgId)));
}

/**
 * Reads an uploaded .xlsx or .csv file, stores its header row and rows as the person's current import, and
 * answers with the headers, the first rows and the suggested column mapping.
 */
export async function uploadImport(scope: ImportScope, file: { fileName: string; bytes: Buffer }) {
  let table;
  try {
    const sheet = await readSheet(kindOf(file.fileName, file.bytes), file.bytes);
    table = readImportTable(sheet);
  } catch (err) {
    if (err instanceof UnreadableFile) throw fileError(err.reason);
    throw err;
  }
  if (!table.ok) throw fileError(table.error);
  const { headers, rows } = table.table;
  const mapping = withCustomSuggestions(suggestMapping(headers), await listFields(scope.db, scope.actor.orgId));
  const stored: StoredFile = { headers, rows: rows.map((r) => [r.row, ...r.cells]), mapping };
  await insertImport(scope.db, scope.actor, { ...stored, fileName: file.fileName }, scope.meta.now, scope.jobs.runningIds());
  const view = (await currentImport(scope))!;
  return { ...view, sample: rows.slice(0, 5).map((r) => r.cells) };
}

/** The current import, if it can still be checked or imported with this mapping; refused with the reason otherwise. */
/** A mapping as a request sends it: header → field name or null; checked before it is used. */
export type RequestedMapping = Readonly<Record<string, string | null>>;

async function importable(scope: ImportScope, mapping: RequestedMapping | undefined): Promise<{ row: LatestImport; mapping: ImportMapping }> {
  const row = await latestImport(scope.db, scope.actor);
  if (!row) throw new AppError('IMPORT_NONE');
  if (scope.jobs.isRunning(row.id)) throw new AppError('IMPORT_BUSY');
  if (row.status === 'imported' || !row.hasRows) throw new AppError('IMPORT_DONE');
  const chosen = mapping ?? row.mapping;
  const custom = importTargets(await listFields(scope.db, scope.actor.orgId)).filter((t) => customKeyOf(t.value));
  const problems = checkMapping(chosen, row.headers, new Map(custom.map((t) => [t.value, { zh: t.zh, en: t.en }])));
  if (problems.length) {
    const fields: FieldProblem[] = problems.map((p) => ({
      field: p.header === null ? 'mapping' : `mapping.${p.header}`,
      message: p.header === null ? p.reason.zh : `${p.header}：${p.reason.zh}`,
      message_en: p.header === null ? p.reason.en : `${p.header}: ${p.reason.en}`,
    }));
    throw new AppError('VALIDATION_FAILED', fields);
  }
  return { row, mapping: chosen as ImportMapping };
}

/** Outcomes remembered per import: what the page shows, not 100,000 rows kept in memory. */
const keptOutcomes = (plan: ImportPlan): JobResult => ({ outcomes: plan.outcomes.slice(0, OUTCOMES_SHOWN), error: null });

/** Starts a dry run with this mapping: every row checked and classified, nothing written to customers. Answers at once. */
export async function startCheck(scope: ImportScope, requested: RequestedMapping): Promise<CustomerImportView> {
  const { db, jobs, actor } = scope;
  const { row, mapping } = await importable(scope, requested);
  await saveImport(db, actor, row.id, { mapping });
  jobs.start(
    row.id,
    'check',
    row.rowCount,
    async (report) => {
      const file = await storedFile(db, actor, row.id);
      const plan = await planImport(db, actor, file, { lock: false, progress: (n) => report('checking', n) });
      await saveImport(db, actor, row.id, { status: 'checked', problems: plan.problems, created: plan.creates.length, updated: plan.updates.length, finishedAt: null });
      return keptOutcomes(plan);
    },
    async () => {
      await saveImport(db, actor, row.id, { status: 'uploaded', problems: [], created: 0, updated: 0 });
      return bodyOf('INTERNAL');
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
  await saveImport(db, actor, row.id, { mapping: chosen });
  jobs.start(
    row.id,
    'import',
    row.rowCount,
    async (report) => {
      const file = await storedFile(db, actor, row.id);
      try {
        const plan = await db.transaction(async (tx) => {
          const t = tx as Db;
          const checked = await planImport(t, actor, file, { lock: true, progress: (n) => report('checking', n) });
          if (checked.problems.length) throw new StoppedByProblems(checked);
          report('writing', 0, checked.creates.length + checked.updates.length);
          await writePlan(t, actor, checked, meta.now, (n) => report('writing', n));
          const counts = { created: checked.creates.length, updated: checked.updates.length };
          await saveImport(t, actor, row.id, { status: 'imported', problems: [], ...counts, rows: null, finishedAt: meta.now });
          const after = { fileName: row.fileName, rows: row.rowCount, ...counts, unchanged: checked.unchanged };
          await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'customer.import', targetType: 'customer_import', targetId: row.id, after, ip: meta.ip }, meta.now);
          return checked;
        });
        await tidyAfterImport(db, plan.creates.length + plan.updates.length);
        return keptOutcomes(plan);
      } catch (err) {
        if (!(err instanceof StoppedByProblems)) throw err;
        const { plan } = err;
        await saveImport(db, actor, row.id, { status: 'failed', problems: plan.problems, created: plan.creates.length, updated: plan.updates.length, finishedAt: meta.now });
        return keptOutcomes(plan);
      }
    },
    async (err) => {
      await saveImport(db, actor, row.id, { status: 'failed', problems: [], created: 0, updated: 0, finishedAt: meta.now });
      return bodyOf(isUniqueViolation(err) ? 'IMPORT_CHANGED' : 'INTERNAL');
    },
  );
  return (await currentImport(scope))!;
}

/** Every problem of the current import's last check or import. */
export async function currentProblems(scope: Pick<ImportScope, 'db' | 'actor'>) {
  const row = await latestImport(scope.db, scope.actor);
  if (!row) throw new AppError('IMPORT_NONE');
  return { fileName: row.fileName, problems: await allProblems(scope.db, scope.actor, row.id) };
}
