import type { FastifyBaseLogger } from 'fastify';
import type { ErrorBody } from '../../../domain/shared/error-codes';

export type JobKind = 'check' | 'import';

export interface JobProgress {
  /** checking: rows read and matched; writing: customers written. */
  phase: 'checking' | 'writing';
  processed: number;
  total: number;
}

/** How a run reports its progress: the phase, how many rows (or records) it has done, and of how many when that changes. */
export type ReportProgress = (phase: JobProgress['phase'], processed: number, total?: number) => void;

/** What this process remembers of an import's last run: each row's (or order's) outcome (the table holds only the counts). */
export interface JobResult<O> {
  outcomes: O[];
  error: ErrorBody | null;
}

interface Running {
  kind: JobKind;
  progress: JobProgress;
  done: Promise<void>;
}

/** Results kept for this many imports; older ones are forgotten (their counts and problems stay in the table). */
const KEEP_RESULTS = 100;

/**
 * Checks and imports run after the request that starts them has answered (202), one at a time per import; their
 * progress lives in this process's memory and GET /api/<kind>-imports/current reads it while the web polls.
 * A restart loses a run in progress: its transaction rolls back and the import keeps its previous status.
 */
export class ImportJobs<O> {
  private readonly running = new Map<string, Running>();
  private readonly results = new Map<string, JobResult<O>>();

  constructor(
    private readonly log: FastifyBaseLogger,
    /** What is imported, for the log: customer, order. */
    private readonly what: string,
  ) {}

  isRunning(id: string): boolean {
    return this.running.has(id);
  }

  runningIds(): string[] {
    return [...this.running.keys()];
  }

  private stateOf(id: string): { kind: JobKind; progress: JobProgress } | null {
    const job = this.running.get(id);
    return job ? { kind: job.kind, progress: { ...job.progress } } : null;
  }

  /**
   * The state of every run under way now, to read beside a row read afterwards: a run saves its row before it leaves
   * `running`, so a run absent here has already saved what the later read sees, and one present is shown as under way
   * even if it ends meanwhile (never an old row without its run).
   */
  snapshot(): (id: string) => { kind: JobKind; progress: JobProgress } | null {
    const states = new Map([...this.running.keys()].map((id) => [id, this.stateOf(id)!]));
    return (id) => states.get(id) ?? null;
  }

  resultOf(id: string): JobResult<O> | null {
    return this.results.get(id) ?? null;
  }

  /**
   * Starts `work` for an import unless a run of it is under way (then false). `work` reports progress and returns
   * the outcomes; an error it throws is logged and becomes the result's error (`onError` records it in the table).
   */
  start(
    id: string,
    kind: JobKind,
    total: number,
    work: (progress: ReportProgress) => Promise<JobResult<O>>,
    onError: (err: unknown) => Promise<ErrorBody>,
  ): boolean {
    if (this.running.has(id)) return false;
    const progress: JobProgress = { phase: 'checking', processed: 0, total };
    const report = (phase: JobProgress['phase'], processed: number, of?: number) => {
      progress.phase = phase;
      progress.processed = processed;
      if (of !== undefined) progress.total = of;
    };
    const done = work(report)
      .catch(async (err: unknown) => {
        this.log.error({ err, importId: id }, `${this.what} import ${kind} failed`);
        return { outcomes: [], error: await onError(err).catch(() => null) };
      })
      .then((result) => {
        this.remember(id, result);
        this.running.delete(id);
      });
    this.running.set(id, { kind, progress, done });
    return true;
  }

  /** Waits for every run under way (the app is closing). */
  async drain(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  private remember(id: string, result: JobResult<O>): void {
    this.results.delete(id);
    this.results.set(id, result);
    while (this.results.size > KEEP_RESULTS) this.results.delete(this.results.keys().next().value!);
  }
}
