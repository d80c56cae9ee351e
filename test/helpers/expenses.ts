import { expect } from 'vitest';
import type { TestApp } from './app';
import { collect, createProduct, customersOf, sell } from './expense-sales';
import { demoOrgId, userByName } from './lookup';

/*
 * Approved 客情费 statements for September 2025, made through the real routes: sales by the rep, collections by
 * finance, generation by the clerk, submission by the rep and the three signatures (clerk → sales manager → finance)
 * on 10 October 2025. Payout opens on the 9th working day of October 2025: 20 October (1–8 October are holidays,
 * 11 October a make-up working day).
 */
export const SEPTEMBER_SIGNED = new Date('2025-10-10T02:00:00Z');
export const PAYOUT_DAY = new Date('2025-10-20T02:00:00Z');

export interface ExpenseSetup {
  orgId: string;
  cookie: Record<string, string>;
  userId: Record<string, string>;
  products: Record<string, string>;
  /** The September statement of each rep named in the spec. */
  statementId: Record<string, string>;
  /** Customers with sales, per rep, in the order of the spec. */
  customers: Record<string, string[]>;
}

/** Each rep's customers' purchases: units of each product code, sold on 8 September and fully paid on 18 September. */
export type SalesSpec = Record<string, { [productCode: string]: number }[]>;

const PEOPLE = ['zhangwei', 'lina', 'wangfang', 'liuyang', 'chenjie', 'zhouqiang', 'wujun', 'liuyan', 'zhaogang', 'sunli', 'admin'];

export async function relogin(t: TestApp, s: ExpenseSetup, at: Date): Promise<void> {
  t.clock.now = at;
  for (const name of Object.keys(s.cookie)) s.cookie[name] = await t.login(name);
}

/**
 * Products (code → list price and 客情费 per unit, in fen), September sales per the spec, the statements generated,
 * and those of `approve` submitted and signed by all three reviewers. Leaves the clock on 10 October 2025.
 */
export async function septemberStatements(t: TestApp, products: Record<string, { priceFen: number; standardFen: number }>, sales: SalesSpec, approve: string[]): Promise<ExpenseSetup> {
  const db = t.database.db;
  t.clock.now = SEPTEMBER_SIGNED;
  const s: ExpenseSetup = { orgId: await demoOrgId(db), cookie: {}, userId: {}, products: {}, statementId: {}, customers: {} };
  for (const name of PEOPLE) {
    s.cookie[name] = await t.login(name);
    s.userId[name] = (await userByName(db, s.orgId, name)).id;
  }
  for (const [code, p] of Object.entries(products)) s.products[code] = await createProduct(t, s.cookie.zhaogang!, code, p.priceFen, p.standardFen);
  for (const [rep, list] of Object.entries(sales)) {
    const own = await customersOf(t, s.orgId, s.userId[rep]!);
    s.customers[rep] = own.slice(0, list.length);
    for (const [i, units] of list.entries()) {
      const entries = Object.entries(units);
      const sale = await sell(t, s.cookie[rep]!, own[i]!, '2025-09-08', entries.map(([code, quantity]) => ({ productId: s.products[code]!, quantity })));
      const amount = entries.reduce((sum, [code, quantity]) => sum + quantity * products[code]!.priceFen, 0);
      await collect(t, s.cookie.sunli!, sale, '2025-09-18', amount);
    }
  }
  const made = await t.request('POST', '/api/expense-statements/generate', { cookie: s.cookie.liuyan, body: { month: '2025-09' } });
  expect(made.statusCode, made.body).toBe(200);
  for (const item of made.json().items as { id: string; repId: string }[]) {
    const rep = Object.keys(s.userId).find((n) => s.userId[n] === item.repId);
    if (rep) s.statementId[rep] = item.id;
  }
  for (const rep of approve) {
    for (const [who, step] of [[rep, 'submit'], ['liuyan', 'approve'], ['zhaogang', 'approve'], ['sunli', 'approve']] as const) {
      const { version } = (await t.request('GET', `/api/expense-statements/${s.statementId[rep]}`, { cookie: s.cookie.liuyan })).json() as { version: number };
      const res = await t.request('POST', `/api/expense-statements/${s.statementId[rep]}/${step}`, { cookie: s.cookie[who], body: { version } });
      expect(res.statusCode, `${who} ${step} ${rep}: ${res.body}`).toBe(200);
    }
  }
  return s;
}
