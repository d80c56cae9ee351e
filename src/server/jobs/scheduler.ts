import type { Db } from '../db/client';
import { orgs } from '../db/schema';
import { orgWorkingCalendar } from '../modules/calendar/org-calendar';
import { gradingDue, runMonthlyGrading } from './monthly-grading';
import { shanghaiDate } from './shanghai-date';

export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const CHECK_EVERY_MS = 60 * 60_000;

/** One pass: for every organisation whose grading day (Asia/Shanghai, on its own calendar) has come, run this month's grading once. */
export async function runDueJobs(db: Db, now: Date, log: JobLog): Promise<void> {
  const today = shanghaiDate(now);
  for (const org of await db.select({ id: orgs.id }).from(orgs)) {
    try {
      // The organisation's own calendar: the official one with its administrator's overrides.
      if (!gradingDue(await orgWorkingCalendar(db, org.id), today)) continue;
      const result = await runMonthlyGrading(db, org.id, today, now);
      if (result.created) log.info({ orgId: org.id, ...result }, 'monthly ABC grading stored');
    } catch (err) {
      log.error({ orgId: org.id, err }, 'monthly ABC grading failed');
    }
  }
}

/**
 * The in-process scheduler: checks once on start and then hourly. Each run is idempotent per organisation and month,
 * so a restart or a missed hour is harmless. It belongs to one process: a deployment with several app nodes must
 * start it on one node only (SCHEDULER=off on the others), or move it to a job queue such as pg-boss.
 * Returns the function that stops it.
 */
export function startScheduler(db: Db, now: () => Date, log: JobLog): () => void {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runDueJobs(db, now(), log)
      .catch((err: unknown) => log.error({ err }, 'scheduled jobs failed'))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
