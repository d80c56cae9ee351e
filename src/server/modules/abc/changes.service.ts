import { and, eq, isNull } from 'drizzle-orm';
import { countGradeChanges, gradeChanges, type GradeChange, type GradeChangeKind } from '../../../domain/sales/grade-changes';
import type { GradeOrNone } from '../../../domain/sales/abc';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { abcGrades, customers } from '../../db/schema';
import { AppError } from '../../http/errors';
import { customerScope } from '../customers/customers.queries';
import { customerFacts, customerIds, type CustomerFacts } from './abc.queries';
import { findGrading, listGradings } from './gradings.queries';

type GradingRow = NonNullable<Awaited<ReturnType<typeof findGrading>>>;

export interface GradeChangeView extends GradeChange {
  customer: CustomerFacts;
  salesBeforeFen: number | null;
  salesAfterFen: number | null;
}

/** Grades and sales in one grading of the live customers in the actor's scope (two single-table reads, matched in memory). */
async function gradesInScope(db: Db, actor: Actor, gradingId: string) {
  const [ids, rows] = await Promise.all([
    customerIds(db, and(customerScope(actor), isNull(customers.deletedAt))!),
    db
      .select({ customerId: abcGrades.customerId, grade: abcGrades.grade, salesFen: abcGrades.salesFen })
      .from(abcGrades)
      .where(and(eq(abcGrades.orgId, actor.orgId), eq(abcGrades.gradingId, gradingId))),
  ]);
  const visible = new Set(ids);
  const mine = rows.filter((r) => visible.has(r.customerId));
  return {
    grades: new Map<string, GradeOrNone>(mine.map((r) => [r.customerId, r.grade])),
    sales: new Map(mine.map((r) => [r.customerId, r.salesFen])),
  };
}

async function monthlyGrading(db: Db, actor: Actor, id: string): Promise<GradingRow> {
  const g = await findGrading(db, actor, id);
  if (!g || g.kind !== 'monthly') throw new AppError('NOT_FOUND');
  return g;
}

/**
 * Who moved between two monthly gradings (default: the latest two), within the actor's scope: up, down, new and
 * dropped, for managers to act on. With fewer than two monthly gradings there is nothing to compare.
 */
export async function listGradeChanges(db: Db, actor: Actor, q: { from?: string | undefined; to?: string | undefined; kind?: GradeChangeKind | undefined; offset: number; limit: number }) {
  let from: GradingRow | undefined;
  let to: GradingRow | undefined;
  if (q.from || q.to) {
    to = q.to ? await monthlyGrading(db, actor, q.to) : undefined;
    from = q.from ? await monthlyGrading(db, actor, q.from) : undefined;
  }
  if (!from || !to) {
    const latest = await listGradings(db, actor, 'monthly', 2);
    to ??= latest[0];
    from ??= latest.find((g) => g.id !== to?.id);
  }
  if (!from || !to) return { from: from ?? null, to: to ?? null, counts: { up: 0, down: 0, new: 0, dropped: 0 }, total: 0, items: [] as GradeChangeView[] };

  const [before, after] = await Promise.all([gradesInScope(db, actor, from.id), gradesInScope(db, actor, to.id)]);
  const all = gradeChanges(before.grades, after.grades);
  const chosen = q.kind ? all.filter((c) => c.kind === q.kind) : all;
  const page = chosen.slice(q.offset, q.offset + q.limit);
  const facts = await customerFacts(
    db,
    actor.orgId,
    page.map((c) => c.customerId),
  );
  const items = page.flatMap((c): GradeChangeView[] => {
    const customer = facts.get(c.customerId);
    return customer ? [{ ...c, customer, salesBeforeFen: before.sales.get(c.customerId) ?? null, salesAfterFen: after.sales.get(c.customerId) ?? null }] : [];
  });
  return { from, to, counts: countGradeChanges(all), total: chosen.length, items };
}

