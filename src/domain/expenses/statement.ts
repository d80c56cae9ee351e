import { checkFen, sumFen, type Fen } from '../sales/fen';
import { lineAmount } from '../sales/money';
import { WHOLE } from '../sales/basis-points';
import { applyRate, statementCollectionRateBp } from './collection-rate';
import type { ExpenseSettings } from './settings';
import { compareCodeUnits } from '../shared/compare';

/**
 * The monthly statement 《月客户采购及客情费统计表》 (seed 002 附表1): for the month M a rep files, one row per
 * customer with what the customer bought in M, what it paid, the 客情费 standard those purchases earn and
 * what may be paid out for them.
 *
 * - purchases: Σ line amounts in fen (returns are negative lines), i.e. net purchases (纯销);
 * - collections: the money collected from the customer in M (≥ 0);
 * - collection rate: see statementCollectionRateBp (collections ÷ purchases, rounded down, at most 100%,
 *   none when net purchases are not positive);
 * - standard: Σ quantity × the product's 客情费 standard per unit, exact integers (returns subtract);
 * - payable (see payableFor):
 *     standard ≤ 0                                 → 0 (a row never owes the company money);
 *     a rule on and no net purchases              → 0 (no 纯销, nothing collected against it);
 *     payout follows collection rate              → standard × rate, rounded half up to a whole fen;
 *     only "pay after collection"                 → the whole standard once fully collected, else 0
 *                                                   (回款之后才可兑现: partly paid is not yet 回款);
 *     neither rule                                → the whole standard.
 *   So the payable amount is never negative and never above the standard.
 * Rows come out ordered by customer id; the caller may re-sort them by name for display.
 */

/** One order line of the statement month: a sale (positive) or a return (negative quantity and amount). */
export interface StatementLine {
  customerId: string;
  productId: string;
  quantity: number;
  amountFen: Fen;
}

export interface CustomerCollection {
  customerId: string;
  collectedFen: Fen;
}

/** A product's 客情费 standard per unit, in fen, as it stood for the statement month. */
export interface ProductStandard {
  productId: string;
  name: string;
  expenseStandardFen: Fen;
}

export type PayableBasis = 'no-standard' | 'no-net-purchases' | 'collection-rate' | 'fully-collected' | 'not-fully-collected' | 'unconditional';

export interface ProductPart {
  productId: string;
  quantity: number;
  standardFen: Fen;
}

export interface StatementRow {
  customerId: string;
  purchasesFen: Fen;
  collectedFen: Fen;
  collectionRateBp: number | null;
  standardFen: Fen;
  payableFen: Fen;
  basis: PayableBasis;
  /** The rep's amount instead of payableFen, or null. Set only through adjustRow. */
  adjustedFen: Fen | null;
  adjustmentReason: string | null;
  /** What is paid out: adjustedFen when adjusted, payableFen otherwise. */
  finalFen: Fen;
  /** Per product, ordered by product id: quantity and standard, for the per-product ledger accounts. */
  products: ProductPart[];
}

export interface StatementTotals {
  customers: number;
  purchasesFen: Fen;
  collectedFen: Fen;
  /** Of the totals, by the same rule as a row's rate. */
  collectionRateBp: number | null;
  standardFen: Fen;
  payableFen: Fen;
  finalFen: Fen;
  adjustedRows: number;
}

export type PayoutRules = Pick<ExpenseSettings, 'payOnlyAfterCollection' | 'payoutFollowsCollectionRate'>;

export interface StatementInput {
  lines: readonly StatementLine[];
  collections: readonly CustomerCollection[];
  products: readonly ProductStandard[];
  rules: PayoutRules;
}

export function payableFor(standardFen: Fen, collectionRate: number | null, rules: PayoutRules): { payableFen: Fen; basis: PayableBasis } {
  if (standardFen <= 0) return { payableFen: 0, basis: 'no-standard' };
  const conditional = rules.payOnlyAfterCollection || rules.payoutFollowsCollectionRate;
  if (!conditional) return { payableFen: standardFen, basis: 'unconditional' };
  if (collectionRate === null) return { payableFen: 0, basis: 'no-net-purchases' };
  if (rules.payoutFollowsCollectionRate) return { payableFen: applyRate(standardFen, collectionRate), basis: 'collection-rate' };
  return collectionRate >= WHOLE ? { payableFen: standardFen, basis: 'fully-collected' } : { payableFen: 0, basis: 'not-fully-collected' };
}

const byId = compareCodeUnits;

interface Accumulator {
  purchases: Fen[];
  collected: Fen[];
  products: Map<string, { quantity: number; standard: Fen[] }>;
}

export function computeStatement(input: StatementInput): StatementRow[] {
  const standards = new Map<string, ProductStandard>();
  for (const p of input.products) {
    checkFen(p.expenseStandardFen, `客情费 standard of ${p.productId}`);
    if (p.expenseStandardFen < 0) throw new RangeError(`客情费 standard of ${p.productId} is negative`);
    standards.set(p.productId, p);
  }
  const customers = new Map<string, Accumulator>();
  const of = (customerId: string) => {
    let acc = customers.get(customerId);
    if (!acc) customers.set(customerId, (acc = { purchases: [], collected: [], products: new Map() }));
    return acc;
  };

  for (const line of input.lines) {
    const product = standards.get(line.productId);
    if (!product) throw new RangeError(`line of customer ${line.customerId} names unknown product ${line.productId}`);
    checkFen(line.amountFen, 'line amount');
    const standard = lineAmount(line.quantity, product.expenseStandardFen);
    if (standard === null) throw new RangeError(`quantity ${line.quantity} of ${line.productId} is not a whole number or too large`);
    const acc = of(line.customerId);
    acc.purchases.push(line.amountFen);
    const part = acc.products.get(line.productId) ?? { quantity: 0, standard: [] };
    part.quantity += line.quantity;
    part.standard.push(standard);
    acc.products.set(line.productId, part);
  }
  for (const c of input.collections) {
    checkFen(c.collectedFen, 'collection');
    if (c.collectedFen < 0) throw new RangeError(`collection of ${c.customerId} is negative`);
    of(c.customerId).collected.push(c.collectedFen);
  }

  return [...customers.entries()]
    .sort(([a], [b]) => byId(a, b))
    .map(([customerId, acc]): StatementRow => {
      const products = [...acc.products.entries()]
        .sort(([a], [b]) => byId(a, b))
        .map(([productId, part]) => ({ productId, quantity: part.quantity, standardFen: sumFen(part.standard) }));
      const purchasesFen = sumFen(acc.purchases);
      const collectedFen = sumFen(acc.collected);
      const collectionRateBp = statementCollectionRateBp(purchasesFen, collectedFen);
      const standardFen = sumFen(products.map((p) => p.standardFen));
      const { payableFen, basis } = payableFor(standardFen, collectionRateBp, input.rules);
      return {
        customerId,
        purchasesFen,
        collectedFen,
        collectionRateBp,
        standardFen,
        payableFen,
        basis,
        adjustedFen: null,
        adjustmentReason: null,
        finalFen: payableFen,
        products,
      };
    });
}

/** The totals row: sums of the rows' columns, and the rate of the summed purchases and collections. */
export function statementTotals(rows: readonly StatementRow[]): StatementTotals {
  const purchasesFen = sumFen(rows.map((r) => r.purchasesFen));
  const collectedFen = sumFen(rows.map((r) => r.collectedFen));
  return {
    customers: rows.length,
    purchasesFen,
    collectedFen,
    collectionRateBp: statementCollectionRateBp(purchasesFen, collectedFen),
    standardFen: sumFen(rows.map((r) => r.standardFen)),
    payableFen: sumFen(rows.map((r) => r.payableFen)),
    finalFen: sumFen(rows.map((r) => r.finalFen)),
    adjustedRows: rows.filter((r) => r.adjustedFen !== null).length,
  };
}
