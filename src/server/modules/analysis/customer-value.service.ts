import type { IsoDate } from '../../../domain/calendar/dates';
import { basisPoints } from '../../../domain/sales/basis-points';
import { grossMargin, valueTrend, valueWindows } from '../../../domain/sales/value';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customerFacts } from '../abc/abc.queries';
import { customerValuePage, type ValueQuery } from './customer-value.queries';

type Sums = { historicalSales: number; historicalCost: number; currentSales: number; currentCost: number; previousSales: number };

/** The value figures of one customer (or of everyone together) from its sums: margins, change and trend from value.ts. */
function figures(s: Sums) {
  const historical = grossMargin(s.historicalSales, s.historicalCost);
  const current = grossMargin(s.currentSales, s.currentCost);
  return {
    historicalSalesFen: s.historicalSales,
    historicalMarginFen: historical.marginFen,
    historicalMarginBp: historical.marginBp,
    currentSalesFen: s.currentSales,
    currentMarginFen: current.marginFen,
    currentMarginBp: current.marginBp,
    previousSalesFen: s.previousSales,
    changeBp: s.previousSales > 0 ? basisPoints(BigInt(s.currentSales) - BigInt(s.previousSales), s.previousSales) : null,
    trend: valueTrend(Math.max(0, s.currentSales), Math.max(0, s.previousSales)),
    /**
     * Cost to serve (visits, 客情费 and other expenses): null until the visit and expense cycles feed it; then
     * "best and worst" will rank margin minus this cost.
     */
    costToServeFen: null,
  };
}

/** Customer value (DOMAIN.md §9): historical, current (last 12 months) and trend, with gross margin from product cost. */
export async function customerValues(db: Db, actor: Actor, asOf: IsoDate, q: ValueQuery) {
  const page = await customerValuePage(db, actor, asOf, q);
  const facts = await customerFacts(
    db,
    actor.orgId,
    page.rows.map((r) => r.customerId),
  );
  const windows = valueWindows(asOf);
  return {
    asOf,
    current: windows.current,
    previous: windows.previous,
    sort: q.sort,
    order: q.order,
    offset: q.offset,
    limit: q.limit,
    total: page.totals.customers,
    totals: figures(page.totals),
    items: page.rows.flatMap((r) => {
      const customer = facts.get(r.customerId);
      return customer ? [{ customer, ...figures(r) }] : [];
    }),
  };
}
