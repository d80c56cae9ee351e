import { checkFen, sumFen, type Fen } from '../sales/fen';
import type { Bilingual } from '../shared/messages';
import type { StatementRow } from './statement';

/**
 * The per-product accounts (seed 002: 销售部建立"客户关系维护费——xx品种"科目, 在财务指导与监督下实行专户管理).
 *
 * A statement row is one customer; its final amount is split over the products the customer bought in
 * proportion to each product's positive standard amount (largest remainder, ties by product id), so the
 * parts are whole fen and add up exactly to the row. A product the customer returned more of than it
 * bought (standard ≤ 0) gets no share. An amount with no product to carry it (an adjusted row for a
 * customer with no net purchases) goes to the unallocated account (productId null).
 *
 * An entry accrues (approved statement amounts) and pays (cash paid to customers, as settled); the
 * balance is accrued − paid, summed over any grouping of period, office, rep and product.
 */
export const ACCOUNT_PREFIX = '客户关系维护费——';

export function accountName(productName: string | null): Bilingual {
  const name = productName?.trim();
  return name
    ? { zh: `${ACCOUNT_PREFIX}${name}`, en: `Customer relationship maintenance — ${name}` }
    : { zh: `${ACCOUNT_PREFIX}未分品种`, en: 'Customer relationship maintenance — no product' };
}

export interface ProductShare {
  productId: string | null;
  amountFen: Fen;
}

/** Splits `amountFen` (≥ 0) over weights (≥ 0) by largest remainder; the parts add up to amountFen exactly. */
export function splitByWeights(amountFen: Fen, weights: readonly { id: string; weight: Fen }[]): { id: string; amountFen: Fen }[] {
  checkFen(amountFen);
  if (amountFen < 0) throw new RangeError(`cannot split a negative amount: ${amountFen}`);
  const total = BigInt(sumFen(weights.map((w) => w.weight)));
  if (weights.some((w) => w.weight < 0) || total === 0n) throw new RangeError('weights must be non-negative with a positive sum');
  const amount = BigInt(amountFen);
  const parts = weights.map((w, index) => {
    const exact = amount * BigInt(w.weight);
    return { id: w.id, index, floor: exact / total, remainder: exact % total };
  });
  let left = amount - parts.reduce((s, p) => s + p.floor, 0n);
  const byRemainder = [...parts].sort((a, b) => (b.remainder > a.remainder ? 1 : b.remainder < a.remainder ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extra = new Set<number>();
  for (const p of byRemainder) {
    if (left === 0n) break;
    extra.add(p.index);
    left -= 1n;
  }
  return parts.map((p) => ({ id: p.id, amountFen: Number(p.floor + (extra.has(p.index) ? 1n : 0n)) }));
}

/** A row's final amount per product account. Products with no share are left out. */
export function rowByProduct(row: StatementRow): ProductShare[] {
  if (row.finalFen === 0) return [];
  const weights = row.products.filter((p) => p.standardFen > 0).map((p) => ({ id: p.productId, weight: p.standardFen }));
  if (weights.length === 0) return [{ productId: null, amountFen: row.finalFen }];
  return splitByWeights(row.finalFen, weights)
    .filter((s) => s.amountFen > 0)
    .map((s) => ({ productId: s.id, amountFen: s.amountFen }));
}

export interface LedgerEntry {
  /** The statement month, YYYY-MM. */
  period: string;
  officeId: string;
  repId: string;
  productId: string | null;
  accruedFen: Fen;
  paidFen: Fen;
}

export type LedgerKey = 'period' | 'officeId' | 'repId' | 'productId';

export interface LedgerBalance {
  key: Partial<Record<LedgerKey, string | null>>;
  accruedFen: Fen;
  paidFen: Fen;
  balanceFen: Fen;
}

const compareKeys = (by: readonly LedgerKey[]) => (a: LedgerBalance, b: LedgerBalance) => {
  for (const k of by) {
    const x = a.key[k] ?? '';
    const y = b.key[k] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Balances grouped by the given keys (none: one grand total), ordered by those keys. */
export function ledgerBalances(entries: readonly LedgerEntry[], by: readonly LedgerKey[]): LedgerBalance[] {
  const groups = new Map<string, { key: LedgerBalance['key']; accrued: Fen[]; paid: Fen[] }>();
  for (const e of entries) {
    const key = Object.fromEntries(by.map((k) => [k, e[k]])) as LedgerBalance['key'];
    const id = JSON.stringify(by.map((k) => e[k]));
    const g = groups.get(id) ?? { key, accrued: [], paid: [] };
    g.accrued.push(e.accruedFen);
    g.paid.push(e.paidFen);
    groups.set(id, g);
  }
  return [...groups.values()]
    .map((g) => {
      const accruedFen = sumFen(g.accrued);
      const paidFen = sumFen(g.paid);
      return { key: g.key, accruedFen, paidFen, balanceFen: accruedFen - paidFen };
    })
    .sort(compareKeys(by));
}

export interface PeriodBalance {
  period: string;
  openingFen: Fen;
  accruedFen: Fen;
  paidFen: Fen;
  closingFen: Fen;
}

/** Period by period (ascending): opening balance, movements and closing balance; each closing is the next opening. */
export function periodBalances(entries: readonly LedgerEntry[], openingFen: Fen = 0): PeriodBalance[] {
  checkFen(openingFen);
  let opening = openingFen;
  return ledgerBalances(entries, ['period']).map((b) => {
    const row = { period: b.key.period ?? '', openingFen: opening, accruedFen: b.accruedFen, paidFen: b.paidFen, closingFen: sumFen([opening, b.balanceFen]) };
    opening = row.closingFen;
    return row;
  });
}
