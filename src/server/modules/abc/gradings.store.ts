import type { AbcGrading } from '../../../domain/sales/abc';
import type { Db } from '../../db/client';
import { abcGrades, abcGradings } from '../../db/schema';

const BATCH = 1_000;

export interface GradingRecord {
  orgId: string;
  kind: 'monthly' | 'on_demand';
  periodFrom: string;
  periodTo: string;
  scope: unknown;
  computedAt: Date;
  computedBy: string | null;
}

export type GradingSummary = ReturnType<typeof gradingSummary>;

/** Counts and sales per class and the mix against the ideal, as kept with a grading. */
export function gradingSummary(g: AbcGrading) {
  return { totalFen: g.totalFen, graded: g.ranked.length, ungraded: g.none.length, mix: g.mix };
}

/** Writes a grading and every customer's grade in it (ungraded ones as 'none'); call inside a transaction. */
export async function storeGrading(db: Db, record: GradingRecord, grading: AbcGrading): Promise<string> {
  const [made] = await db
    .insert(abcGradings)
    .values({ ...record, settings: grading.settings, summary: gradingSummary(grading) })
    .returning({ id: abcGradings.id });
  const gradingId = made!.id;
  const rows = [
    ...grading.ranked.map((r) => ({ orgId: record.orgId, gradingId, customerId: r.customerId, grade: r.grade, salesFen: r.amountFen, rank: r.rank, cumulativeBp: r.cumulativeBp })),
    ...grading.none.map((r) => ({ orgId: record.orgId, gradingId, customerId: r.customerId, grade: r.grade, salesFen: r.amountFen ?? 0, rank: null, cumulativeBp: null })),
  ];
  for (let i = 0; i < rows.length; i += BATCH) await db.insert(abcGrades).values(rows.slice(i, i + BATCH));
  return gradingId;
}
