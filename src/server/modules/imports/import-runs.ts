import type { MappingProblem } from '../../../domain/imports/mapping';
import { ERRORS, type ErrorBody, type ErrorCode, type FieldProblem } from '../../../domain/shared/error-codes';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { ImportJobs } from './import-jobs';
import { allProblems, latestImport, type ImportMapping, type ImportOwner, type LatestImport } from './import-store.queries';

/** A mapping as a request sends it: header → field name or null; checked before it is used. */
export type RequestedMapping = Readonly<Record<string, string | null>>;

/**
 * The person's current import of the kind, if it can still be checked or imported with this mapping (the stored one
 * when none is sent); refused with the reason otherwise: nothing uploaded, a run under way, already imported, or a
 * mapping `check` finds problems with.
 */
export async function importableImport<O>(
  db: Db,
  owner: ImportOwner,
  jobs: ImportJobs<O>,
  requested: RequestedMapping | undefined,
  check: (mapping: RequestedMapping, headers: string[]) => MappingProblem[] | Promise<MappingProblem[]>,
): Promise<{ row: LatestImport; mapping: ImportMapping }> {
  const row = await latestImport(db, owner);
  if (!row) throw new AppError('IMPORT_NONE');
  if (jobs.isRunning(row.id)) throw new AppError('IMPORT_BUSY');
  if (row.status === 'imported' || !row.hasRows) throw new AppError('IMPORT_DONE');
  const chosen = requested ?? row.mapping;
  const problems = await check(chosen, row.headers);
  if (problems.length) {
    const fields: FieldProblem[] = problems.map((p) => ({
      field: p.header === null ? 'mapping' : `mapping.${p.header}`,
      message: p.header === null ? p.reason.zh : `${p.header}：${p.reason.zh}`,
      message_en: p.header === null ? p.reason.en : `${p.header}: ${p.reason.en}`,
    }));
    throw new AppError('VALIDATION_FAILED', fields);
  }
  return { row, mapping: { ...chosen } };
}

/** The error a run that broke off leaves in its result. */
export function errorBody(code: ErrorCode): ErrorBody {
  return { code, message: ERRORS[code].zh, message_en: ERRORS[code].en };
}

/** Every problem of the current import's last check or import, and its file's name. */
export async function problemsOfCurrent(db: Db, owner: ImportOwner) {
  const row = await latestImport(db, owner);
  if (!row) throw new AppError('IMPORT_NONE');
  return { fileName: row.fileName, problems: await allProblems(db, owner, row.id) };
}
