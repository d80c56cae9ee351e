import { addMonths, type IsoDate } from '../calendar/dates';
import type { Fen } from '../sales/fen';
import { computeStatement, type StatementInput, type StatementLine, type StatementRow } from './statement';
import { compareCodeUnits } from '../shared/compare';

/*
 * A product's 客情费 standard over time: each entry is in force from its date until the next entry's date. A statement
 * uses, for each purchase, the standard in force on the order's date, so changing a standard in December leaves what
 * November's purchases earn as it was.
 */

/** The date the first standard of every product counts from (products created before the history existed). */
export const FIRST_EFFECTIVE_DATE: IsoDate = '2000-01-01';

export interface StandardEntry {
  effectiveFrom: IsoDate;
  standardFen: Fen;
}

/**
 * The entry in force on `date`: the latest one effective on or before it. `history` is sorted by effectiveFrom
 * (ascending, no two on one date). A date before every entry gets the first (the standard the product started
 * with); an empty history gets null.
 */
export function entryInForce(history: readonly StandardEntry[], date: IsoDate): StandardEntry | null {
  if (history.length === 0) return null;
  let lo = 0;
  let hi = history.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (history[mid]!.effectiveFrom <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return history[Math.max(found, 0)]!;
}

/** One purchase line with the day of its order, so that the standard in force that day can be found. */
export interface DatedStatementLine extends StatementLine {
  orderDate: IsoDate;
}

/** A product as the catalogue has it now: its name and current standard (used when it has no history). */
export interface CatalogueProduct {
  productId: string;
  name: string;
  expenseStandardFen: Fen;
}

export interface DatedStatementInput extends Omit<StatementInput, 'lines' | 'products'> {
  lines: readonly DatedStatementLine[];
  products: readonly CatalogueProduct[];
  /** Per product id, its history sorted by effectiveFrom; a product without one uses its current standard. */
  histories: ReadonlyMap<string, readonly StandardEntry[]>;
}

/**
 * computeStatement with each line at the standard in force on its order's date. computeStatement knows one standard
 * per product, so a product that had several in the month is given to it once per standard (under a key of its own)
 * and its per-product parts are added together again afterwards.
 */
export function computeStatementAtStandards(input: DatedStatementInput): StatementRow[] {
  const catalogue = new Map(input.products.map((p) => [p.productId, p]));
  const keyed = new Map<string, { productId: string; name: string; expenseStandardFen: Fen }>();
  const lines: StatementLine[] = input.lines.map((line) => {
    const product = catalogue.get(line.productId);
    if (!product) return line; // computeStatement reports the unknown product
    const entry = entryInForce(input.histories.get(line.productId) ?? [], line.orderDate);
    const key = entry ? `${line.productId}@${entry.effectiveFrom}` : line.productId;
    if (!keyed.has(key)) keyed.set(key, { productId: key, name: product.name, expenseStandardFen: entry ? entry.standardFen : product.expenseStandardFen });
    return { customerId: line.customerId, productId: key, quantity: line.quantity, amountFen: line.amountFen };
  });
  const original = new Map([...keyed.keys()].map((key) => [key, key.split('@')[0]!]));
  const rows = computeStatement({ lines, collections: input.collections, products: [...keyed.values()], rules: input.rules });
  return rows.map((row) => {
    const parts = new Map<string, { productId: string; quantity: number; standardFen: Fen }>();
    for (const part of row.products) {
      const productId = original.get(part.productId) ?? part.productId;
      const sum = parts.get(productId);
      if (sum) {
        sum.quantity += part.quantity;
        sum.standardFen += part.standardFen;
      } else parts.set(productId, { productId, quantity: part.quantity, standardFen: part.standardFen });
    }
    return { ...row, products: [...parts.values()].sort((a, b) => compareCodeUnits(a.productId, b.productId)) };
  });
}

export type EffectiveDateCheck = { ok: true } | { ok: false; zh: string; en: string };

/**
 * Whether a standard may take effect on `date`: not after today (the catalogue shows the standard in force today),
 * not before the first effective date, and not in or before a month whose statement that names the product has left
 * draft (`lastClosedMonth`: the first day of the latest such month; a submitted or approved statement must not
 * silently disagree with the standard).
 */
export function checkEffectiveDate(date: IsoDate, ctx: { today: IsoDate; lastClosedMonth: IsoDate | null }): EffectiveDateCheck {
  if (date > ctx.today) return { ok: false, zh: `生效日期不能晚于今天（${ctx.today}）`, en: `the effective date cannot be after today (${ctx.today})` };
  if (date < FIRST_EFFECTIVE_DATE) return { ok: false, zh: `生效日期不能早于 ${FIRST_EFFECTIVE_DATE}`, en: `the effective date cannot be before ${FIRST_EFFECTIVE_DATE}` };
  if (ctx.lastClosedMonth) {
    const earliest = addMonths(ctx.lastClosedMonth, 1);
    if (date < earliest) {
      const month = ctx.lastClosedMonth.slice(0, 7);
      return {
        ok: false,
        zh: `${month} 的客情费统计表已报送审核，其中有这个产品；生效日期须在 ${earliest} 或以后`,
        en: `the ${month} expense statements that include this product are already submitted; the effective date must be ${earliest} or later`,
      };
    }
  }
  return { ok: true };
}
