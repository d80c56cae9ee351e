import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../domain/identity/policies';
import { ROLE_SCOPE, ROLES } from '../../../domain/identity/roles';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { listAudit } from '../admin/audit';
import { auditView } from '../admin/audit.routes';
import { listOffices, officeView } from '../admin/offices.service';
import { userView } from '../admin/users.presenter';
import { listUsers } from '../admin/users.queries';

export const homeView = z.object({
  role: z.enum(ROLES),
  /** The actor's own office (reps and office managers). */
  office: officeView.nullable(),
  /** The people of the actor's office (office managers). */
  team: z.array(userView).nullable(),
  /** Every office with its staff (organisation-wide roles). */
  offices: z.array(officeView).nullable(),
  /** Administrators: accounts and offices at a glance, and the latest administrative actions. */
  counts: z.object({ activeUsers: z.number(), inactiveUsers: z.number(), byRole: z.record(z.string(), z.number()) }).nullable(),
  recentAudit: z.array(auditView).nullable(),
});
export type HomeView = z.infer<typeof homeView>;

/** What each role's home page shows, from data the foundation already holds. */
export async function homeFor(db: Db, actor: Actor): Promise<HomeView> {
  const view: HomeView = { role: actor.role, office: null, team: null, offices: null, counts: null, recentAudit: null };
  const visibleOffices = await listOffices(db, actor);
  if (ROLE_SCOPE[actor.role] === 'org') view.offices = visibleOffices;
  else view.office = visibleOffices[0] ?? null;
  if (actor.role === 'office_manager') view.team = (await listUsers(db, actor, { limit: 200 })).items;
  if (actor.role === 'admin') {
    const rows = await db
      .select({ role: users.role, active: users.active, n: count() })
      .from(users)
      .where(eq(users.orgId, actor.orgId))
      .groupBy(users.role, users.active);
    const byRole: Record<string, number> = {};
    let activeUsers = 0;
    let inactiveUsers = 0;
    for (const r of rows) {
      if (r.active) {
        activeUsers += r.n;
        byRole[r.role] = (byRole[r.role] ?? 0) + r.n;
      } else inactiveUsers += r.n;
    }
    view.counts = { activeUsers, inactiveUsers, byRole };
    view.recentAudit = (await listAudit(db, actor.orgId, { limit: 8 })).items;
  }
  return view;
}
