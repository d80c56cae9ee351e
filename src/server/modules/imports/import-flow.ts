import type { MappingProblem } from '../../../domain/imports/mapping';
import type { ImportProblem } from '../../../domain/imports/problems';
import type { Actor } from '../../../domain/identity/policies';
import type { ErrorCode } from '../../../domain/shared/error-codes';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import type { ImportJobs, JobKind, JobProgress, JobResult, ReportProgress } from './import-jobs';
import { errorBody, importableImport, problemsOfCurrent, type RequestedMapping } from './import-runs';
import { insertImport, latestImport, saveImport, storedFile, type ImportKind, type ImportMapping, type ImportOwner, type LatestImport, type StoredFile } from './import-store.queries';
import { OUTCOMES_SHOWN } from './import-view';
import { readUploadedTable } from './upload';

/** What every import route needs: the database, the runs under way, and the request's clock and address. */
export interface ImportScope<O> {
  db: Db;
  jobs: ImportJobs<O>;
  actor: Actor;
  meta: RequestMeta;
}

/** What a check decides for a file: the records to write, every problem, and each row's (or record's) outcome. */
export interface PlanBase<O> {
  problems: ImportProblem[];
  outcomes: O[];
}

/** The counts an import keeps in its table (the ones a kind does not use stay 0). */
export interface ImportCounts {
  created: number;
  updated?: number;
  unchanged?: number;
}

/**
 * One kind of import (customers, orders): what is its own. The flow around it (upload, check, import all or
 * nothing in one transaction, runs after the request, the audit) is the same for every kind.
 */
export interface ImportFlow<P extends PlanBase<O>, O, V> {
  kind: ImportKind;
  /** The import as GET current shows it. */
  present(scope: Pick<ImportScope<O>, 'db' | 'actor'>, row: LatestImport, job: { kind: JobKind; progress: JobProgress } | null, result: JobResult<O> | null): V | Promise<V>;
  /** The column mapping suggested for an uploaded file's header row. */
  suggest(scope: Pick<ImportScope<O>, 'db' | 'actor'>, headers: string[]): ImportMapping | Promise<ImportMapping>;
  /** What is wrong with a mapping before a run may use it. */
  checkMapping(scope: Pick<ImportScope<O>, 'db' | 'actor'>, mapping: RequestedMapping, headers: string[]): MappingProblem[] | Promise<MappingProblem[]>;
  /** Reads every row and decides what importing it would do; `lock` when it is the import's own check, inside its transaction. */
  plan(db: Db, actor: Actor, file: StoredFile, options: { lock: boolean; progress: (processed: number) => void }): Promise<P>;
  /** The counts a plan leaves in the table. */
  counts(plan: P): ImportCounts;
  /** How many records the plan writes. */
  toWrite(plan: P): number;
  /** Writes the plan (it has no problems) inside the import's transaction, reporting the records written. */
  write(tx: Db, actor: Actor, plan: P, now: Date, progress: (written: number) => void): Promise<void>;
  /** After the transaction: housekeeping for what was written. */
  afterImport?(db: Db, plan: P): Promise<void>;
  audit: { action: string; targetType: string; after(row: LatestImport, plan: P): Record<string, unknown> };
  /** The error when records the import writes appeared meanwhile (a unique key taken). */
  changedError: ErrorCode;
}

/** A run that broke off leaves no problems and no counts (each kind uses some of these counts; the others stay 0). */
const NO_COUNTS = { problems: [], created: 0, updated: 0, unchanged: 0 };

/** A plan with problems stops the import's transaction; nothing it did is kept. */
class StoppedByProblems<P> extends Error {
  constructor(readonly plan: P) {
    super('import has problems');
  }
}

export function importService<P extends PlanBase<O>, O, V>(flow: ImportFlow<P, O, V>) {
  const ownerOf = (actor: Actor): ImportOwner => ({ actor, kind: flow.kind });
  /** Outcomes remembered per import: what the page shows, not 100,000 rows kept in memory. */
  const kept = (plan: P): JobResult<O> => ({ outcomes: plan.outcomes.slice(0, OUTCOMES_SHOWN), error: null });
  const stored = (plan: P) => ({ problems: plan.problems, ...flow.counts(plan) });

  async function current(scope: Pick<ImportScope<O>, 'db' | 'jobs' | 'actor'>): Promise<V | null> {
    const runs = scope.jobs.snapshot();
    const row = await latestImport(scope.db, ownerOf(scope.actor));
    return row ? flow.present(scope, row, runs(row.id), scope.jobs.resultOf(row.id)) : null;
  }

  /**
   * Starts a check or an import of the current import with this mapping (refused if it cannot run) and answers at
   * once. A run that breaks off leaves the import as it was before the check, or failed with nothing written.
   */
  async function startRun(scope: ImportScope<O>, requested: RequestedMapping | undefined, kind: JobKind, work: (scope: ImportScope<O>, owner: ImportOwner, row: LatestImport, report: ReportProgress) => Promise<JobResult<O>>): Promise<V> {
    const { db, jobs, actor, meta } = scope;
    const owner = ownerOf(actor);
    const { row, mapping } = await importableImport(db, owner, jobs, requested, (chosen, headers) => flow.checkMapping(scope, chosen, headers));
    await saveImport(db, owner, row.id, { mapping });
    jobs.start(
      row.id,
      kind,
      row.rowCount,
      (report) => work(scope, owner, row, report),
      async (err) => {
        if (kind === 'check') {
          await saveImport(db, owner, row.id, { status: 'uploaded', ...NO_COUNTS });
          return errorBody('INTERNAL');
        }
        await saveImport(db, owner, row.id, { status: 'failed', ...NO_COUNTS, finishedAt: meta.now });
        return errorBody(isUniqueViolation(err) ? flow.changedError : 'INTERNAL');
      },
    );
    return (await current(scope))!;
  }

  return {
    current,

    /**
     * Reads an uploaded .xlsx or .csv file, stores its header row and rows as the person's current import, and
     * answers with the headers, the first rows and the suggested column mapping.
     */
    async upload(scope: ImportScope<O>, file: { fileName: string; bytes: Buffer }) {
      const { headers, rows } = await readUploadedTable(file);
      const table: StoredFile = { headers, rows: rows.map((r) => [r.row, ...r.cells]), mapping: await flow.suggest(scope, headers) };
      await insertImport(scope.db, ownerOf(scope.actor), { ...table, fileName: file.fileName }, scope.meta.now, scope.jobs.runningIds());
      return { ...(await current(scope))!, sample: rows.slice(0, 5).map((r) => r.cells) };
    },

    /** Starts a dry run with this mapping: every row checked and classified, nothing written. Answers at once. */
    startCheck: (scope: ImportScope<O>, requested: RequestedMapping): Promise<V> =>
      startRun(scope, requested, 'check', async ({ db, actor }, owner, row, report) => {
        const plan = await flow.plan(db, actor, await storedFile(db, owner, row.id), { lock: false, progress: (n) => report('checking', n) });
        await saveImport(db, owner, row.id, { status: 'checked', ...stored(plan), finishedAt: null });
        return kept(plan);
      }),

    /**
     * Starts the import: in one transaction every row is checked again against the database as it is now and, only
     * if no row has a problem, written and audited. All or nothing. Answers at once.
     */
    startImport: (scope: ImportScope<O>, requested: RequestedMapping | undefined): Promise<V> =>
      startRun(scope, requested, 'import', async ({ db, actor, meta }, owner, row, report) => {
        const file = await storedFile(db, owner, row.id);
        try {
          const plan = await db.transaction(async (tx) => {
            const t = tx as Db;
            const checked = await flow.plan(t, actor, file, { lock: true, progress: (n) => report('checking', n) });
            if (checked.problems.length) throw new StoppedByProblems(checked);
            report('writing', 0, flow.toWrite(checked));
            await flow.write(t, actor, checked, meta.now, (n) => report('writing', n));
            await saveImport(t, owner, row.id, { status: 'imported', ...stored(checked), rows: null, finishedAt: meta.now });
            const { action, targetType } = flow.audit;
            await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action, targetType, targetId: row.id, after: flow.audit.after(row, checked), ip: meta.ip }, meta.now);
            return checked;
          });
          await flow.afterImport?.(db, plan);
          return kept(plan);
        } catch (err) {
          if (!(err instanceof StoppedByProblems)) throw err;
          const plan = err.plan as P;
          await saveImport(db, owner, row.id, { status: 'failed', ...stored(plan), finishedAt: meta.now });
          return kept(plan);
        }
      }),

    /** Every problem of the current import's last check or import, and its file's name. */
    problems: (scope: Pick<ImportScope<O>, 'db' | 'actor'>) => problemsOfCurrent(scope.db, ownerOf(scope.actor)),
  };
}

export type ImportService<P extends PlanBase<O>, O, V> = ReturnType<typeof importService<P, O, V>>;
