import { gradeAbc, type AbcGrading, type AbcMixEntry, type AbcSettings } from '../../../domain/sales/abc';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { periodDates, type MonthPeriod } from './abc-period';
import { customerFacts, customerSales, type CustomerFacts } from './abc.queries';
import { loadAbcSettings } from './abc-settings.service';
import { pickedCustomers, picksOf, storedScope, type ScopePicks } from './abc-scope';
import { gradingSummary, storeGrading } from './gradings.store';
import { paretoPoints, type ParetoPoint } from './pareto';

export interface AbcRowView extends CustomerFacts {
  rank: number | null;
  salesFen: number | null;
  shareBp: number | null;
  cumulativeBp: number | null;
  /** The grade in this analysis; `grade` is the customer's current grade from the latest monthly grading. */
  abcGrade: 'A' | 'B' | 'C' | 'none';
}

export interface AbcView {
  period: MonthPeriod;
  periodFrom: string;
  periodTo: string;
  scope: ScopePicks;
  settings: AbcSettings;
  totals: { customers: number; graded: number; ungraded: number; totalFen: number };
  mix: AbcMixEntry[];
  pareto: ParetoPoint[];
  list: 'ranked' | 'none';
  rows: AbcRowView[];
  offset: number;
  limit: number;
  /** Rows in the list asked for (ranked or without sales), for the pager. */
  listTotal: number;
}

export interface AbcQuery extends ScopePicks {
  list: 'ranked' | 'none';
  offset: number;
  limit: number;
}

/** Grades the population (the actor's scope narrowed by the picks) with the organisation's thresholds. */
export async function gradePopulation(db: Db, actor: Actor, picks: ScopePicks, period: MonthPeriod): Promise<AbcGrading> {
  const [{ settings }, sales] = await Promise.all([loadAbcSettings(db, actor.orgId), customerSales(db, actor.orgId, pickedCustomers(actor, picks), period)]);
  return gradeAbc(sales, settings);
}

/**
 * The ABC analysis of a period and scope: totals, the mix against the ideal and the (downsampled) Pareto series for
 * the whole population; customer details only for the page of rows asked for.
 */
export async function analyseAbc(db: Db, actor: Actor, period: MonthPeriod, q: AbcQuery): Promise<AbcView> {
  const picks = picksOf(q);
  const grading = await gradePopulation(db, actor, picks, period);
  const source = q.list === 'ranked' ? grading.ranked : grading.none;
  const page = source.slice(q.offset, q.offset + q.limit);
  const facts = await customerFacts(
    db,
    actor.orgId,
    page.map((r) => r.customerId),
  );
  const rows = page.flatMap((r): AbcRowView[] => {
    const f = facts.get(r.customerId);
    if (!f) return [];
    const ranked = 'rank' in r ? r : null;
    return [{ ...f, rank: ranked?.rank ?? null, salesFen: r.amountFen, shareBp: ranked?.shareBp ?? null, cumulativeBp: ranked?.cumulativeBp ?? null, abcGrade: r.grade }];
  });
  const { fromDate, toDate } = periodDates(period);
  return {
    period,
    periodFrom: fromDate,
    periodTo: toDate,
    scope: picks,
    settings: grading.settings,
    totals: { customers: grading.ranked.length + grading.none.length, graded: grading.ranked.length, ungraded: grading.none.length, totalFen: grading.totalFen },
    mix: grading.mix,
    pareto: paretoPoints(grading.ranked),
    list: q.list,
    rows,
    offset: q.offset,
    limit: q.limit,
    listTotal: source.length,
  };
}

/** Stores the analysis as shown (period, scope and thresholds) as an on-demand grading; customers' grades are not touched. */
export async function saveOnDemandGrading(db: Db, actor: Actor, period: MonthPeriod, picks: ScopePicks, at: Date) {
  const grading = await gradePopulation(db, actor, picksOf(picks), period);
  const { fromDate, toDate } = periodDates(period);
  const id = await db.transaction((tx) =>
    storeGrading(tx as Db, { orgId: actor.orgId, kind: 'on_demand', periodFrom: fromDate, periodTo: toDate, scope: storedScope(actor, picks), computedAt: at, computedBy: actor.userId }, grading),
  );
  return { id, ...gradingSummary(grading) };
}
