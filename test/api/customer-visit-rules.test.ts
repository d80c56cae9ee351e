import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, customers } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * One customer's own visit rule (issue 5 point 1): visits a month and whether a call may stand in, over the grade's
 * and type's rule. The office manager sets it for the office's customers, the head of sales and the administrator
 * for all; a rep reads it. The demo customers are ungraded in the test app (one visit a month, no calls).
 */

type Rule = {
  customerId: string;
  grade: string;
  own: { visitsPerMonth: number | null; phoneAllowed: boolean | null };
  effective: { visitsPerMonth: number; phoneAllowed: boolean; source: { visitsPerMonth: string; phoneAllowed: string } };
  version: number;
};
type Plan = { days: { items: { customerId: string; kind: string }[] }[] };

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
let mine: string; // a customer of 张伟 (郑州)
let other: string; // a customer of 陈杰 (南阳)
const { send, ok } = byUser(() => t, cookie);
async function firstCustomerOf(username: string): Promise<string> {
  const owner = await userByName(t.database.db, orgId, username);
  const [row] = await t.database.db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.ownerId, owner.id), isNull(customers.deletedAt), ne(customers.status, 'lost')))
    .orderBy(asc(customers.id))
    .limit(1);
  return row!.id;
}
const contactsOf = (plan: Plan, customerId: string) => plan.days.flatMap((d) => d.items.filter((i) => i.customerId === customerId).map((i) => i.kind));

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  orgId = await demoOrgId(t.database.db);
  for (const name of ['zhangwei', 'chenjie', 'zhouqiang', 'wujun', 'zhaogang', 'liuyan', 'admin']) cookie[name] = await t.login(name);
  mine = await firstCustomerOf('zhangwei');
  other = await firstCustomerOf('chenjie');
});
afterAll(() => t.close());

describe('reading a customer’s rule', () => {
  it('shows the organisation’s rule while the customer has none of its own', async () => {
    const rule = await ok<Rule>('zhangwei', 'GET', `/api/customers/${mine}/visit-rule`);
    expect(rule).toMatchObject({ customerId: mine, grade: 'none', own: { visitsPerMonth: null, phoneAllowed: null }, effective: { visitsPerMonth: 1, phoneAllowed: false, source: { visitsPerMonth: 'organisation', phoneAllowed: 'organisation' } }, version: 0 });
    expect((await send('zhangwei', 'GET', `/api/customers/${other}/visit-rule`)).statusCode).toBe(404);
    expect((await send('liuyan', 'GET', `/api/customers/${other}/visit-rule`)).statusCode).toBe(200);
  });
});

describe('setting a customer’s rule', () => {
  it('the office manager sets it for a customer of the office; the next plan visits it that often', async () => {
    const rule = await ok<Rule>('zhouqiang', 'PUT', `/api/customers/${mine}/visit-rule`, { version: 0, visitsPerMonth: 3, phoneAllowed: null });
    expect(rule).toMatchObject({ own: { visitsPerMonth: 3, phoneAllowed: null }, effective: { visitsPerMonth: 3, phoneAllowed: false, source: { visitsPerMonth: 'customer', phoneAllowed: 'organisation' } }, version: 1 });
    const plan = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2026-12' });
    expect(contactsOf(plan, mine)).toEqual(['visit', 'visit', 'visit']);
  });

  it('refuses a rep, an office manager of another office and the clerk', async () => {
    expect((await send('zhangwei', 'PUT', `/api/customers/${mine}/visit-rule`, { version: 1, visitsPerMonth: 0, phoneAllowed: null })).statusCode).toBe(403);
    expect((await send('liuyan', 'PUT', `/api/customers/${mine}/visit-rule`, { version: 1, visitsPerMonth: 0, phoneAllowed: null })).statusCode).toBe(403);
    expect((await send('wujun', 'PUT', `/api/customers/${mine}/visit-rule`, { version: 1, visitsPerMonth: 0, phoneAllowed: null })).statusCode).toBe(404);
    expect((await send('zhouqiang', 'PUT', `/api/customers/${other}/visit-rule`, { version: 0, visitsPerMonth: 2, phoneAllowed: null })).statusCode).toBe(404);
  });

  it('the head of sales and the administrator set it for any customer', async () => {
    expect((await ok<Rule>('zhaogang', 'PUT', `/api/customers/${other}/visit-rule`, { version: 0, visitsPerMonth: 2, phoneAllowed: true })).version).toBe(1);
    expect((await ok<Rule>('admin', 'PUT', `/api/customers/${other}/visit-rule`, { version: 1, visitsPerMonth: 2, phoneAllowed: false })).effective.phoneAllowed).toBe(false);
  });

  it('refuses numbers out of range and a stale version, with nothing written', async () => {
    const big = await send('zhouqiang', 'PUT', `/api/customers/${mine}/visit-rule`, { version: 1, visitsPerMonth: 11, phoneAllowed: null });
    expect(big.statusCode).toBe(400);
    expect(big.json().fields[0]).toMatchObject({ field: 'visitsPerMonth', message: '每月拜访次数：每月最多 10 次' });
    const negative = await send('zhouqiang', 'PUT', `/api/customers/${mine}/visit-rule`, { version: 1, visitsPerMonth: -1, phoneAllowed: 'yes' });
    expect((negative.json().fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['phoneAllowed', 'visitsPerMonth']);
    const stale = await send('zhouqiang', 'PUT', `/api/customers/${mine}/visit-rule`, { version: 0, visitsPerMonth: 5, phoneAllowed: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await ok<Rule>('zhangwei', 'GET', `/api/customers/${mine}/visit-rule`)).own.visitsPerMonth).toBe(3);
  });

  it('is cleared with both fields empty, keeping its version, and every change is audited', async () => {
    const cleared = await ok<Rule>('zhouqiang', 'PUT', `/api/customers/${mine}/visit-rule`, { version: 1, visitsPerMonth: null, phoneAllowed: null });
    expect(cleared).toMatchObject({ own: { visitsPerMonth: null, phoneAllowed: null }, effective: { visitsPerMonth: 1, source: { visitsPerMonth: 'organisation' } }, version: 2 });
    const plan = await ok<Plan>('zhangwei', 'POST', '/api/visit-plans/generate', { month: '2026-12' });
    expect(contactsOf(plan, mine)).toEqual(['visit']);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'customer.visit_rule.update'), eq(auditLog.targetId, mine)));
    // The test clock stands still, so both rows have the same time: compare them as a set.
    const changes = rows.map((r) => [r.before, r.after]);
    expect(changes).toHaveLength(2);
    expect(changes).toContainEqual([null, { visitsPerMonth: 3, phoneAllowed: null }]);
    expect(changes).toContainEqual([{ visitsPerMonth: 3, phoneAllowed: null }, { visitsPerMonth: null, phoneAllowed: null }]);
    expect(rows.every((r) => r.actorId !== null)).toBe(true);
  });
});
