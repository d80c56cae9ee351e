import { z } from 'zod';
import type { JobKind, JobProgress, JobResult } from './import-jobs';
import type { LatestImport } from './import-store.queries';

export const IMPORT_STATUSES = ['uploaded', 'checking', 'checked', 'importing', 'imported', 'failed'] as const;

/** The parts of an import's view every kind shares: the file, its mapping, the run under way or its last results. */
export const importViewBase = {
  id: z.string(),
  fileName: z.string(),
  /** uploaded → checking → checked → importing → imported; failed: the import found problems (nothing written) or broke off. */
  status: z.enum(IMPORT_STATUSES),
  rowCount: z.number(),
  headers: z.array(z.string()),
  /** Header → field, or null to leave the column out. */
  mapping: z.record(z.string(), z.string().nullable()),
  /** A field a column can be mapped to. */
  targets: z.array(z.object({ value: z.string(), zh: z.string(), en: z.string(), required: z.boolean() })),
  /** While a check or import runs: rows read, or records written, of the total. */
  progress: z.object({ phase: z.enum(['checking', 'writing']), processed: z.number(), total: z.number() }).nullable(),
  problemCount: z.number(),
  /** The first problems, by row; GET …/current/problems gives them all. */
  problems: z.array(z.object({ row: z.number(), column: z.string(), reason_zh: z.string(), reason_en: z.string() })),
  error: z.object({ code: z.string(), message: z.string(), message_en: z.string() }).nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
};

/** Outcomes an import answers with (and the server remembers). */
export const OUTCOMES_SHOWN = 500;

/**
 * An import as its view shows it, but for its targets and summary: while a run is under way its progress, else the
 * stored results of the last run; `counted` says whether the stored counts describe a finished run.
 */
export function importState<O>(row: LatestImport, job: { kind: JobKind; progress: JobProgress } | null, result: JobResult<O> | null) {
  const error = job ? null : (result?.error ?? null);
  return {
    counted: !job && ['checked', 'imported', 'failed'].includes(row.status) && !result?.error,
    view: {
      id: row.id,
      fileName: row.fileName,
      status: (job ? (job.kind === 'check' ? 'checking' : 'importing') : row.status) as (typeof IMPORT_STATUSES)[number],
      rowCount: row.rowCount,
      headers: row.headers,
      mapping: row.mapping,
      progress: job?.progress ?? null,
      problemCount: job ? 0 : row.problemCount,
      problems: job ? [] : row.problems,
      outcomes: job ? [] : (result?.outcomes.slice(0, OUTCOMES_SHOWN) ?? []),
      error: error ? { code: error.code, message: error.message, message_en: error.message_en } : null,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
    },
  };
}
