import { regionLabel } from '../../../domain/customers/regions';
import { sumFen } from '../../../domain/sales/fen';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { monthsOf, type MonthPeriod } from '../abc/abc-period';
import type { ScopePicks } from '../abc/abc-scope';
import { salesCells, type GroupBy, type Interval } from './sales-analysis.queries';

/** The buckets of a period: its months, or the quarters they fall in ("2026-Q1"). */
export function bucketsOf(period: MonthPeriod, interval: Interval): string[] {
  const months = monthsOf(period);
  if (interval === 'month') return months;
  return [...new Set(months.map((m) => `${m.slice(0, 4)}-Q${Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1}`))];
}

const NO_GROUP: Record<GroupBy, { zh: string; en: string }> = {
  category: { zh: '未分类', en: 'No category' },
  customerType: { zh: '未知类型', en: 'Unknown type' },
  region: { zh: '未填地区', en: 'No region' },
  office: { zh: '未知办事处', en: 'Unknown office' },
  rep: { zh: '未分配', en: 'Unassigned' },
};

/**
 * Sales by product category, customer type, region, office or rep over time (DOMAIN.md §9 performance): one series
 * per group with a value per month or quarter, groups by total sales descending, and the totals per bucket.
 */
export async function salesAnalysis(db: Db, actor: Actor, period: MonthPeriod, groupBy: GroupBy, interval: Interval, picks: ScopePicks) {
  const buckets = bucketsOf(period, interval);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const cells = await salesCells(db, actor, period, groupBy, interval, picks);
  const groups = new Map<string, { key: string | null; label: string; salesFen: number[]; costFen: number[] }>();
  for (const c of cells) {
    const id = c.key ?? '';
    let g = groups.get(id);
    if (!g) {
      const label = c.key === null ? NO_GROUP[groupBy].zh : groupBy === 'region' ? (regionLabel(`${c.key}00`) ?? c.key) : (c.label ?? c.key);
      g = { key: c.key, label, salesFen: buckets.map(() => 0), costFen: buckets.map(() => 0) };
      groups.set(id, g);
    }
    const i = index.get(c.bucket);
    if (i === undefined) continue;
    g.salesFen[i] = (g.salesFen[i] ?? 0) + c.salesFen;
    g.costFen[i] = (g.costFen[i] ?? 0) + c.costFen;
  }
  const series = [...groups.values()]
    .map((g) => ({ ...g, totalSalesFen: sumFen(g.salesFen), totalCostFen: sumFen(g.costFen), marginFen: sumFen(g.salesFen) - sumFen(g.costFen) }))
    .sort((a, b) => b.totalSalesFen - a.totalSalesFen || a.label.localeCompare(b.label, 'zh-CN'));
  const totals = buckets.map((_, i) => sumFen(series.map((s) => s.salesFen[i] ?? 0)));
  return { period, groupBy, interval, buckets, series, totals, totalSalesFen: sumFen(totals), totalCostFen: sumFen(series.map((s) => s.totalCostFen)) };
}

export type SalesAnalysis = Awaited<ReturnType<typeof salesAnalysis>>;
