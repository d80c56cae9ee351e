import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/dates';
import type { ContactKind } from '../../../domain/visits/objectives';
import type { DayRoute } from '../../../domain/visits/plan-types';
import type { Db } from '../../db/client';
import { visitPlanItems } from '../../db/schema';

/** A contact of a stored plan, in the order of its day. */
export interface StoredContact {
  customerId: string;
  kind: ContactKind;
  objective: string;
  objectiveEn: string | null;
}

/** A working day of a stored plan: its week of the month and its route (kept in visit_plans.days). */
export interface StoredDay {
  date: IsoDate;
  week: number;
  route: DayRoute;
}

/** Replaces every item of the plan with `days`' contacts, numbered in order per day. Call inside the write's transaction. */
export async function replacePlanItems(db: Db, orgId: string, planId: string, days: readonly { date: IsoDate; contacts: readonly StoredContact[] }[]): Promise<void> {
  await db.delete(visitPlanItems).where(and(eq(visitPlanItems.orgId, orgId), eq(visitPlanItems.planId, planId)));
  const rows = days.flatMap((d) => d.contacts.map((c, i) => ({ orgId, planId, date: d.date, seq: i + 1, customerId: c.customerId, kind: c.kind, objective: c.objective, objectiveEn: c.objectiveEn })));
  for (let i = 0; i < rows.length; i += 500) await db.insert(visitPlanItems).values(rows.slice(i, i + 500));
}
