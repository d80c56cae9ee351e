import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { abcGrades, abcGradings, users } from '../../db/schema';
import type { GradingSummary } from './gradings.store';

const gradingColumns = {
  id: abcGradings.id,
  kind: abcGradings.kind,
  periodFrom: abcGradings.periodFrom,
  periodTo: abcGradings.periodTo,
  scope: abcGradings.scope,
  settings: abcGradings.settings,
  summary: sql<GradingSummary>`${abcGradings.summary}`,
  computedAt: abcGradings.computedAt,
  computedByName: users.displayName,
};

/**
 * Gradings the actor may look at, newest first: the organisation's monthly ones, and the on-demand ones the actor
 * saved (someone else's saved analysis may cover customers outside the actor's scope).
 */
export async function listGradings(db: Db, actor: Actor, kind?: 'monthly' | 'on_demand', limit = 50) {
  return db
    .select(gradingColumns)
    .from(abcGradings)
    .leftJoin(users, and(eq(users.orgId, abcGradings.orgId), eq(users.id, abcGradings.computedBy)))
    .where(
      and(
        eq(abcGradings.orgId, actor.orgId),
        kind ? eq(abcGradings.kind, kind) : undefined,
        or(eq(abcGradings.kind, 'monthly'), eq(abcGradings.computedBy, actor.userId)),
      ),
    )
    .orderBy(desc(abcGradings.computedAt), desc(abcGradings.id))
    .limit(limit);
}

export async function findGrading(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select(gradingColumns)
    .from(abcGradings)
    .leftJoin(users, and(eq(users.orgId, abcGradings.orgId), eq(users.id, abcGradings.computedBy)))
    .where(and(eq(abcGradings.orgId, actor.orgId), eq(abcGradings.id, id), or(eq(abcGradings.kind, 'monthly'), eq(abcGradings.computedBy, actor.userId))));
  return row;
}

/** One customer's grades in the monthly gradings, newest first. */
export async function monthlyGradesOf(db: Db, orgId: string, customerId: string) {
  return db
    .select({
      gradingId: abcGradings.id,
      periodFrom: abcGradings.periodFrom,
      periodTo: abcGradings.periodTo,
      computedAt: abcGradings.computedAt,
      grade: abcGrades.grade,
      salesFen: abcGrades.salesFen,
      rank: abcGrades.rank,
      cumulativeBp: abcGrades.cumulativeBp,
      graded: sql<number>`(${abcGradings.summary} ->> 'graded')::int`,
    })
    .from(abcGrades)
    .innerJoin(abcGradings, and(eq(abcGradings.orgId, abcGrades.orgId), eq(abcGradings.id, abcGrades.gradingId)))
    .where(and(eq(abcGrades.orgId, orgId), eq(abcGrades.customerId, customerId), eq(abcGradings.kind, 'monthly')))
    .orderBy(desc(abcGradings.periodTo), desc(abcGradings.computedAt));
}
