import { z } from 'zod';
import { addMonths, type IsoDate } from '../../../domain/calendar/dates';
import { accountName, ledgerBalances, periodBalances, rowByProduct, splitByWeights, type LedgerBalance, type LedgerEntry } from '../../../domain/expenses/ledger';
import type { ProductPart } from '../../../domain/expenses/statement';
import { sumFen } from '../../../domain/sales/fen';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { approvedRows, ledgerNames, receiptsByStatement, type LedgerFilters } from './ledger.queries';

/**
 * The 客户关系维护费——<品种> accounts (DOMAIN §6): approved statements accrue (each row's final amount split over the
 * products its customer bought, domain rowByProduct), settled receipts pay (split over the statement's accounts in
 * proportion to what it accrued on each). Balances by period (the statement month), office, rep and account, within
 * the actor's scope; the periods before `from` make the opening balance.
 */
const money = { accruedFen: z.number(), paidFen: z.number(), balanceFen: z.number() };
const accountLine = z.object({ productId: z.string().nullable(), account: z.string(), account_en: z.string(), ...money });
const officeLine = z.object({ officeId: z.string(), officeName: z.string(), ...money });
const repLine = z.object({ repId: z.string(), repName: z.string(), officeId: z.string(), officeName: z.string(), ...money });
const detailLine = z.object({ period: z.string(), officeId: z.string(), officeName: z.string(), repId: z.string(), repName: z.string(), productId: z.string().nullable(), account: z.string(), ...money });

export const ledgerView = z.object({
  from: z.string(),
  to: z.string(),
  total: z.object(money),
  byAccount: z.array(accountLine),
  byOffice: z.array(officeLine),
  byRep: z.array(repLine),
  byPeriod: z.array(z.object({ period: z.string(), openingFen: z.number(), accruedFen: z.number(), paidFen: z.number(), closingFen: z.number() })),
  detail: z.array(detailLine),
});
export type LedgerView = z.infer<typeof ledgerView>;

export const ledgerQuery = z.object({
  from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM').optional(),
  to: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM').optional(),
  officeId: z.string().uuid().optional(),
  repId: z.string().uuid().optional(),
});

/** Default period: January to the last month, of the year of the last month (Beijing time). */
export function ledgerPeriod(today: IsoDate, q: { from?: string; to?: string }): { from: string; to: string } {
  const to = q.to ?? addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  const from = q.from ?? `${to.slice(0, 4)}-01`;
  return from <= to ? { from, to } : { from: to, to: from };
}

type RowOf<T> = T extends readonly (infer R)[] ? R : never;

function entriesOf(rows: RowOf<Awaited<ReturnType<typeof approvedRows>>>[], receipts: Map<string, number>): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  const byStatement = new Map<string, Map<string | null, LedgerEntry>>();
  for (const r of rows) {
    const shares = rowByProduct({ finalFen: r.finalFen, products: r.products as ProductPart[] } as Parameters<typeof rowByProduct>[0]);
    const accounts = byStatement.get(r.statementId) ?? new Map<string | null, LedgerEntry>();
    byStatement.set(r.statementId, accounts);
    for (const s of shares) {
      const e = accounts.get(s.productId) ?? { period: r.month.slice(0, 7), officeId: r.officeId, repId: r.repId, productId: s.productId, accruedFen: 0, paidFen: 0 };
      e.accruedFen = sumFen([e.accruedFen, s.amountFen]);
      accounts.set(s.productId, e);
    }
  }
  for (const [statementId, accounts] of byStatement) {
    const list = [...accounts.values()];
    const paid = receipts.get(statementId) ?? 0;
    const accrued = sumFen(list.map((e) => e.accruedFen));
    if (paid > 0 && accrued > 0) {
      const parts = splitByWeights(paid, list.map((e, i) => ({ id: String(i).padStart(6, '0'), weight: e.accruedFen })));
      parts.forEach((p, i) => (list[i]!.paidFen = p.amountFen));
    }
    entries.push(...list);
  }
  return entries;
}

export async function loadLedger(db: Db, actor: Actor, f: { from: string; to: string; officeId?: string; repId?: string }): Promise<LedgerView> {
  const filters: LedgerFilters = { to: `${f.to}-01`, officeId: f.officeId, repId: f.repId };
  const all = entriesOf(await approvedRows(db, actor, filters), await receiptsByStatement(db, actor, filters));
  const entries = all.filter((e) => e.period >= f.from);
  const opening = ledgerBalances(all.filter((e) => e.period < f.from), [])[0]?.balanceFen ?? 0;
  const names = await ledgerNames(db, actor.orgId, {
    offices: [...new Set(entries.map((e) => e.officeId))],
    users: [...new Set(entries.map((e) => e.repId))],
    products: [...new Set(entries.flatMap((e) => (e.productId ? [e.productId] : [])))],
  });
  const m = (b: LedgerBalance) => ({ accruedFen: b.accruedFen, paidFen: b.paidFen, balanceFen: b.balanceFen });
  const account = (productId: string | null) => accountName(productId ? (names.products.get(productId) ?? null) : null);
  const repOffice = new Map(entries.map((e) => [e.repId, e.officeId]));
  const total = ledgerBalances(entries, [])[0];
  return {
    from: f.from,
    to: f.to,
    total: total ? m(total) : { accruedFen: 0, paidFen: 0, balanceFen: 0 },
    byAccount: ledgerBalances(entries, ['productId']).map((b) => ({ productId: b.key.productId ?? null, account: account(b.key.productId ?? null).zh, account_en: account(b.key.productId ?? null).en, ...m(b) })),
    byOffice: ledgerBalances(entries, ['officeId']).map((b) => ({ officeId: b.key.officeId!, officeName: names.offices.get(b.key.officeId!) ?? '', ...m(b) })),
    byRep: ledgerBalances(entries, ['repId']).map((b) => {
      const officeId = repOffice.get(b.key.repId!)!;
      return { repId: b.key.repId!, repName: names.users.get(b.key.repId!) ?? '', officeId, officeName: names.offices.get(officeId) ?? '', ...m(b) };
    }),
    byPeriod: periodBalances(entries, opening),
    detail: ledgerBalances(entries, ['period', 'officeId', 'repId', 'productId']).map((b) => ({
      period: b.key.period!,
      officeId: b.key.officeId!,
      officeName: names.offices.get(b.key.officeId!) ?? '',
      repId: b.key.repId!,
      repName: names.users.get(b.key.repId!) ?? '',
      productId: b.key.productId ?? null,
      account: account(b.key.productId ?? null).zh,
      ...m(b),
    })),
  };
}
