import { and, eq, gte, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { IsoDate } from '../../../domain/calendar/dates';
import { isLate } from '../../../domain/expenses/deadlines';
import { REVIEW_STEPS } from '../../../domain/expenses/review';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { expenseStatements } from '../../db/schema';
import { applicationView } from './special-application.presenter';
import { findApplications } from './special-application.service';
import { statementSummaryView } from './statement.presenter';
import { statementsWhere } from './statement.queries';
import { presentSummaries } from './statement-view';

export const inboxView = z.object({
  statements: z.array(statementSummaryView.extend({ dueOn: z.string(), late: z.boolean() })),
  /** Pending new-customer special expense applications, for the one who decides them. */
  applications: z.array(applicationView),
});

/**
 * What waits for the signed-in user: a rep's own statements still to submit (due on the submission deadline, late
 * after it: a late submission is still accepted until the review deadline); a reviewer's statements at their step of
 * clerk → sales manager → finance (due on the review deadline; after it they are void and wait for nobody).
 */
export async function waitingFor(db: Db, actor: Actor, today: IsoDate): Promise<z.infer<typeof inboxView>> {
  const open = gte(expenseStatements.reviewBy, today);
  const step = REVIEW_STEPS.find((s) => s.role === actor.role);
  let condition: SQL | undefined;
  if (actor.role === 'rep') condition = and(eq(expenseStatements.repId, actor.userId), inArray(expenseStatements.status, ['draft', 'returned']), open);
  else if (step) condition = and(eq(expenseStatements.status, step.from), open);
  const rows = condition ? await statementsWhere(db, actor, condition) : [];
  const summaries = await presentSummaries(db, actor.orgId, rows, today);
  const statements = summaries.map((s) => {
    const dueOn = actor.role === 'rep' ? s.submitBy : s.reviewBy;
    return { ...s, dueOn, late: isLate(dueOn, today, null) };
  });
  const applications = actor.role === 'sales_manager' ? await findApplications(db, actor, { status: 'pending' }) : [];
  return { statements, applications };
}
