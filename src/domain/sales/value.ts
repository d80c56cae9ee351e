import { addDays, addMonths, dayNumber, type IsoDate } from '../calendar/dates';
import { basisPoints, WHOLE } from './basis-points';
import { checkFen, sumFen, type Fen } from './fen';

/**
 * Customer value (客户价值, DOMAIN.md §9, 001): historical value, current value and its trend, and the margin
 * a customer leaves after costs. All on integer fen; net returns are negative amounts and simply add up.
 *
 * Windows, for a day `asOf` (inclusive, Asia/Shanghai dates):
 * - historical: every sale dated on or before asOf;
 * - current: the 12 months ending on asOf — from the day after the same date a year earlier, through asOf
 *   (asOf 2026-03-15 → 2025-03-16 … 2026-03-15);
 * - previous: the 12 months before that (2024-03-16 … 2025-03-15).
 * A date a month lacks is clamped to the month's end (a year before 2024-02-29 is 2023-02-28).
 *
 * Trend, comparing current with previous:
 * - inactive: no positive sales in either window;
 * - new: sales now, none in the previous 12 months (a new or a returning customer);
 * - stopped: sales in the previous 12 months, none now (the silent leaver of §9, to be won back);
 * - rising / falling: current is at least `bandBp` above / below previous (default 10%: ×1.10 / ×0.90);
 * - steady: in between.
 */
export interface DatedSale {
  date: IsoDate;
  amountFen: Fen;
}

export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

export type ValueTrend = 'inactive' | 'new' | 'stopped' | 'rising' | 'steady' | 'falling';

export interface CustomerValue {
  historicalFen: Fen;
  currentFen: Fen;
  previousFen: Fen;
  /** (current − previous) / previous in basis points; null when previous is not positive. */
  changeBp: number | null;
  trend: ValueTrend;
}

export const DEFAULT_TREND_BAND_BP = 1_000;

export function valueWindows(asOf: IsoDate): { current: DateWindow; previous: DateWindow } {
  const yearBefore = addMonths(asOf, -12);
  return {
    current: { from: addDays(yearBefore, 1), to: asOf },
    previous: { from: addDays(addMonths(asOf, -24), 1), to: yearBefore },
  };
}

function within(sales: readonly DatedSale[], from: number, to: number): Fen {
  return sumFen(sales.filter((s) => dayNumber(s.date) >= from && dayNumber(s.date) <= to).map((s) => s.amountFen));
}

export function valueTrend(currentFen: Fen, previousFen: Fen, bandBp = DEFAULT_TREND_BAND_BP): ValueTrend {
  checkFen(currentFen);
  checkFen(previousFen);
  if (!Number.isSafeInteger(bandBp) || bandBp < 0 || bandBp >= WHOLE) throw new RangeError(`trend band must be 0 … 9999 basis points, got ${bandBp}`);
  if (previousFen <= 0) return currentFen > 0 ? 'new' : 'inactive';
  if (currentFen <= 0) return 'stopped';
  const now = BigInt(currentFen) * BigInt(WHOLE);
  const before = BigInt(previousFen);
  if (now >= before * BigInt(WHOLE + bandBp)) return 'rising';
  if (now <= before * BigInt(WHOLE - bandBp)) return 'falling';
  return 'steady';
}

export function customerValue(sales: readonly DatedSale[], asOf: IsoDate, bandBp = DEFAULT_TREND_BAND_BP): CustomerValue {
  const { current, previous } = valueWindows(asOf);
  const end = dayNumber(asOf);
  const historicalFen = sumFen(sales.filter((s) => dayNumber(s.date) <= end).map((s) => s.amountFen));
  const currentFen = within(sales, dayNumber(current.from), end);
  const previousFen = within(sales, dayNumber(previous.from), dayNumber(previous.to));
  return {
    historicalFen,
    currentFen,
    previousFen,
    changeBp: previousFen > 0 ? basisPoints(BigInt(currentFen) - BigInt(previousFen), previousFen) : null,
    trend: valueTrend(currentFen, previousFen, bandBp),
  };
}

export interface Margin {
  /** Revenue minus cost; negative when the customer costs more than it brings. */
  marginFen: Fen;
  /** Margin as a share of revenue; null when there is no positive revenue to divide by. */
  marginBp: number | null;
}

/**
 * Gross margin (毛利) of a customer. `costFen` is whatever the analysis counts against the customer: the cost
 * of the goods sold, and for "revenue against the cost to serve" (004) also 客情费 and visit costs.
 */
export function grossMargin(revenueFen: Fen, costFen: Fen): Margin {
  checkFen(revenueFen, 'revenue');
  checkFen(costFen, 'cost');
  const margin = BigInt(revenueFen) - BigInt(costFen);
  const marginFen = Number(margin);
  if (!Number.isSafeInteger(marginFen)) throw new RangeError('margin too large to be exact');
  return { marginFen, marginBp: revenueFen > 0 ? basisPoints(margin, revenueFen) : null };
}
