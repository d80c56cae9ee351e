import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { presentPlan, type PlanView } from './visit-plans.presenter';
import { findPlan, planItems } from './visit-plans.queries';

/** The whole plan as the API shows it, when it is in the actor's scope. */
export async function loadPlanView(db: Db, actor: Actor, id: string): Promise<PlanView | undefined> {
  const row = await findPlan(db, actor, id);
  if (!row) return undefined;
  return presentPlan(row, await planItems(db, actor.orgId, id));
}
