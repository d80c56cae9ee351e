import { randomBytes } from 'node:crypto';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abcGradings, customers, customerTypes, products, salesMonthly } from '../../src/server/db/schema';
import { workingCalendar } from '../../src/domain/calendar/official';
import { gradingDay, gradingDue, runMonthlyGrading } from '../../src/server/jobs/monthly-grading';
import { runDueJobs } from '../../src/server/jobs/scheduler';
import { dropSalesPeriods } from '../../src/server/modules/sales/sales-periods';
import { startTestApp, type TestApp } from '../helpers/app';
import { demoOrgId, officeByName, userByName } from '../helpers/lookup';

/*
 * ABC grading (issue 4, item 2) over hand-made customers whose grades can be worked out by hand. They have their own
 * customer type (abc_t), and every other sales row is removed, so demo data never counts.
 *
 *            sales (fen, default period 2025-11…2026-10)   office / owner
 *   c1       5,500                                        郑州 / 张伟
 *   c2       1,500                                        郑州 / 李娜
 *   c3       1,500 (in 2026-10)                           郑州 / 张伟
 *   c4       1,500 (in 2026-10)                           南阳 / 陈杰
 *   c5       +100 then −100 (net 0)                       郑州 / 张伟
 *   c6       1,000 in 2025-10 only (before the period)    南阳 / 陈杰
 *   c7       1,200 in 2024-01 only                        郑州 / 张伟
 * Ids are chosen so that the ties c2 < c3 < c4 come out in that order.
 */

let t: TestApp;
let orgId: string;
const id: Record<string, string> = {};
let manager: string; // 赵刚, sales manager
let officeManager: string; // 周强, 郑州
let rep: string; // 张伟
let admin: string;

const uuid = (lead: number) => `${lead}0000000-0000-4000-8000-${randomBytes(6).toString('hex')}`;
const NOW = new Date('2026-11-23T02:00:00Z'); // 2026-11-23 10:00 in Beijing

type AbcBody = {
  totals: { customers: number; graded: number; ungraded: number; totalFen: number };
  mix: { grade: string; customers: number; customerBp: number; idealBp: number; deviationBp: number }[];
  rows: { id: string; name: string; rank: number | null; salesFen: number | null; shareBp: number | null; cumulativeBp: number | null; abcGrade: string; officeName: string | null }[];
  pareto: { rank: number; cumulativeBp: number }[];
  period: { from: string; to: string };
  listTotal: number;
};

const abc = async (cookie: string, query = '') => {
  const res = await t.request('GET', `/api/abc?typeCode=abc_t${query}`, { cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as AbcBody;
};
const gradesOf = (body: AbcBody) => Object.fromEntries(body.rows.map((r) => [r.name.replace('ABC测试', ''), r.abcGrade]));

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = NOW;
  const db = t.database.db;
  orgId = await demoOrgId(db);
  const zz = (await officeByName(db, orgId, '郑州办事处')).id;
  const ny = (await officeByName(db, orgId, '南阳办事处')).id;
  const owners = { zhangwei: (await userByName(db, orgId, 'zhangwei')).id, lina: (await userByName(db, orgId, 'lina')).id, chenjie: (await userByName(db, orgId, 'chenjie')).id };
  await db.insert(customerTypes).values({ orgId, code: 'abc_t', zh: 'ABC测试类型', en: 'ABC test type', sort: 99 });
  const made: [string, number, string, string][] = [
    ['c1', 1, zz, owners.zhangwei],
    ['c2', 2, zz, owners.lina],
    ['c3', 3, zz, owners.zhangwei],
    ['c4', 4, ny, owners.chenjie],
    ['c5', 5, zz, owners.zhangwei],
    ['c6', 6, ny, owners.chenjie],
    ['c7', 7, zz, owners.zhangwei],
  ];
  for (const [name, lead, officeId, ownerId] of made) {
    id[name] = uuid(lead);
    await db.insert(customers).values({ orgId, id: id[name], name: `ABC测试${name}`, nameKey: `abc测试${name}`, searchText: `abc${name}`, typeCode: 'abc_t', officeId, ownerId, status: 'active' });
  }
  const [product] = await db
    .insert(products)
    .values({ orgId, code: `ABC-${randomBytes(3).toString('hex')}`, name: 'ABC测试品', category: '测试类', unit: '盒', listPriceFen: 100, costFen: 60, expenseStandardFen: 5 })
    .returning({ id: products.id });
  const sale = (c: string, month: string, salesFen: number) => ({ orgId, customerId: id[c]!, month, productId: product!.id, quantity: 1, salesFen, costFen: Math.trunc(salesFen / 2) });
  // Only these customers have sales in this database: demo orders, if any, are removed.
  await db.delete(salesMonthly).where(eq(salesMonthly.orgId, orgId));
  await db
    .insert(salesMonthly)
    .values([
      sale('c1', '2026-03-01', 3_000),
      sale('c1', '2026-05-01', 2_500),
      sale('c2', '2026-03-01', 1_500),
      sale('c3', '2026-10-01', 1_500),
      sale('c4', '2026-10-01', 1_500),
      sale('c5', '2026-03-01', 100),
      sale('c5', '2026-05-01', -100),
      sale('c6', '2025-10-01', 1_000),
      sale('c7', '2024-01-01', 1_200),
    ]);
  await db.delete(salesMonthly).where(and(eq(salesMonthly.orgId, orgId), notInArray(salesMonthly.customerId, Object.values(id))));
  // Written past the order code: periods kept from earlier reads would not know.
  await dropSalesPeriods(db, orgId);
  manager = await t.login('zhaogang');
  officeManager = await t.login('zhouqiang');
  rep = await t.login('zhangwei');
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('ABC analysis', () => {
  it('ranks by sales over the last 12 full months: boundary customer in A, ties by id, zero and no sales apart', async () => {
    const body = await abc(manager);
    expect(body.period).toEqual({ from: '2025-11', to: '2026-10' });
    expect(body.totals).toEqual({ customers: 7, graded: 4, ungraded: 3, totalFen: 10_000 });
    expect(body.rows.map((r) => [r.name, r.rank, r.salesFen, r.shareBp, r.cumulativeBp, r.abcGrade])).toEqual([
      ['ABC测试c1', 1, 5_500, 5_500, 5_500, 'A'],
      ['ABC测试c2', 2, 1_500, 1_500, 7_000, 'B'],
      ['ABC测试c3', 3, 1_500, 1_500, 8_500, 'B'],
      ['ABC测试c4', 4, 1_500, 1_500, 10_000, 'C'],
    ]);
    expect(body.mix.map((m) => [m.grade, m.customers, m.customerBp, m.idealBp, m.deviationBp])).toEqual([
      ['A', 1, 2_500, 2_000, 500],
      ['B', 2, 5_000, 4_000, 1_000],
      ['C', 1, 2_500, 4_000, -1_500],
    ]);
    expect(body.pareto.map((p) => p.cumulativeBp)).toEqual([5_500, 7_000, 8_500, 10_000]);

    const none = await abc(manager, '&list=none');
    expect(none.listTotal).toBe(3);
    expect(none.rows.map((r) => [r.name, r.salesFen, r.abcGrade])).toEqual([
      ['ABC测试c5', 0, 'none'],
      ['ABC测试c6', null, 'none'],
      ['ABC测试c7', null, 'none'],
    ]);
    // The page holds rows, the totals stay those of everyone.
    const paged = await abc(manager, '&limit=2&offset=2');
    expect(paged.rows.map((r) => r.rank)).toEqual([3, 4]);
    expect(paged.totals.graded).toBe(4);
  });

  it('takes a chosen period, and refuses a period that runs backwards, naming the field', async () => {
    expect(gradesOf(await abc(manager, '&from=2024-01&to=2024-01'))).toEqual({ c7: 'A' });
    const wide = await abc(manager, '&from=2025-10&to=2026-10');
    expect(wide.totals.totalFen).toBe(11_000);
    const backwards = await t.request('GET', '/api/abc?from=2026-05&to=2026-01', { cookie: manager });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields[0]).toMatchObject({ field: 'to', message: '结束日期：不能早于开始月份', message_en: 'To: must not be before the first month' });
    const bad = await t.request('GET', '/api/abc?from=2026-13', { cookie: manager });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].message_en).toContain('must be a year and month');
  });

  it('ranks an office manager’s office and a rep’s own customers among themselves', async () => {
    const office = await abc(officeManager);
    expect(office.totals).toMatchObject({ customers: 5, graded: 3, totalFen: 8_500 });
    expect(gradesOf(office)).toEqual({ c1: 'A', c2: 'B', c3: 'B' });
    const own = await abc(rep);
    expect(own.totals).toMatchObject({ customers: 4, graded: 2, totalFen: 7_000 });
    expect(gradesOf(own)).toEqual({ c1: 'A', c3: 'B' });
    // Picking another office narrows nothing open to them: the scope still applies.
    const ny = (await officeByName(t.database.db, orgId, '南阳办事处')).id;
    expect((await abc(officeManager, `&officeId=${ny}`)).totals.customers).toBe(0);
    expect(gradesOf(await abc(manager, `&officeId=${ny}`))).toEqual({ c4: 'A' });
    // The clerk has no ABC analysis.
    expect((await t.request('GET', '/api/abc', { cookie: await t.login('liuyan') })).statusCode).toBe(403);
  });

  it('uses the organisation’s thresholds, version-checked and audited', async () => {
    const current = (await t.request('GET', '/api/settings/abc', { cookie: rep })).json();
    expect(current).toEqual({ settings: { aPercent: 55, bPercent: 85, idealAPercent: 20, idealBPercent: 40, idealCPercent: 40 }, version: 0, isDefault: true });
    const settings = { aPercent: 50, bPercent: 90, idealAPercent: 20, idealBPercent: 30, idealCPercent: 50 };
    expect((await t.request('PUT', '/api/settings/abc', { cookie: officeManager, body: { version: 0, settings } })).statusCode).toBe(403);
    const saved = await t.request('PUT', '/api/settings/abc', { cookie: manager, body: { version: 0, settings } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, isDefault: false, settings });
    const stale = await t.request('PUT', '/api/settings/abc', { cookie: admin, body: { version: 0, settings } });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const wrong = await t.request('PUT', '/api/settings/abc', { cookie: admin, body: { version: 1, settings: { ...settings, bPercent: 40 } } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields[0]).toMatchObject({ field: 'settings.bPercent', message: 'A+B 类累计销售占比：须大于 A 类的 50%' });

    const body = await abc(manager);
    expect(gradesOf(body)).toEqual({ c1: 'A', c2: 'B', c3: 'B', c4: 'B' });
    expect(body.mix.map((m) => m.idealBp)).toEqual([2_000, 3_000, 5_000]);
    const audit = (await t.request('GET', '/api/audit?action=abc.settings.update', { cookie: admin })).json();
    expect(audit.items[0]).toMatchObject({ action: 'abc.settings.update', before: { aPercent: 55 }, after: { aPercent: 50 } });
    // Back to the defaults for the tests that follow.
    const back = await t.request('PUT', '/api/settings/abc', { cookie: admin, body: { version: 1, settings: { aPercent: 55, bPercent: 85, idealAPercent: 20, idealBPercent: 40, idealCPercent: 40 } } });
    expect(back.json().version).toBe(2);
  });

  it('saves an on-demand grading with its period and scope, for managers', async () => {
    expect((await t.request('POST', '/api/abc/gradings', { cookie: officeManager, body: {} })).statusCode).toBe(403);
    const res = await t.request('POST', '/api/abc/gradings', { cookie: manager, body: { typeCode: 'abc_t', from: '2026-01', to: '2026-10' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ totalFen: 10_000, graded: 4, ungraded: 3 });
    const [row] = await t.database.db.select().from(abcGradings).where(eq(abcGradings.id, res.json().id));
    expect(row).toMatchObject({ kind: 'on_demand', periodFrom: '2026-01-01', periodTo: '2026-10-31', scope: { typeCode: 'abc_t', dataScope: { kind: 'org' } } });
    const listed = (await t.request('GET', '/api/abc/gradings?kind=on_demand', { cookie: manager })).json().items;
    expect(listed.map((g: { id: string }) => g.id)).toContain(res.json().id);
    // Someone else's saved analysis is not listed.
    expect((await t.request('GET', '/api/abc/gradings?kind=on_demand', { cookie: admin })).json().items).toEqual([]);
    // Customers' current grades come only from the monthly grading.
    const [c1] = await t.database.db.select({ grade: customers.grade }).from(customers).where(eq(customers.id, id.c1!));
    expect(c1?.grade).toBeNull();
  });
});

describe('monthly grading, grade history and changes', () => {
  it('grades the whole organisation once a month, sets the current grade, and lists who moved', async () => {
    // October's grading (2025-10 … 2026-09), then November's through the manager's button.
    const october = await runMonthlyGrading(t.database.db, orgId, '2026-10-09', new Date('2026-10-09T01:00:00Z'));
    expect(october).toMatchObject({ created: true, periodFrom: '2025-10-01', periodTo: '2026-09-30' });
    expect(await runMonthlyGrading(t.database.db, orgId, '2026-10-20', new Date('2026-10-20T01:00:00Z'))).toEqual({ ...october, created: false });

    expect((await t.request('POST', '/api/abc/monthly/run', { cookie: officeManager })).statusCode).toBe(403);
    const run = await t.request('POST', '/api/abc/monthly/run', { cookie: manager });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ created: true, periodFrom: '2025-11-01', periodTo: '2026-10-31' });
    const again = await t.request('POST', '/api/abc/monthly/run', { cookie: admin });
    expect(again.json()).toEqual({ ...run.json(), created: false });
    expect(await t.database.db.select({ id: abcGradings.id }).from(abcGradings).where(and(eq(abcGradings.orgId, orgId), eq(abcGradings.kind, 'monthly')))).toHaveLength(2);

    // October: c1 5,500 A, c2 1,500 B (68.75% before it), c6 1,000 C (87.5%), c3 and c4 none. November: c1 A, c2 B, c3 B, c4 C, c6 none.
    const rows = await t.database.db.select({ id: customers.id, grade: customers.grade }).from(customers).where(inArray(customers.id, Object.values(id)));
    const current = Object.fromEntries(rows.map((r) => [Object.entries(id).find(([, v]) => v === r.id)![0], r.grade]));
    expect(current).toEqual({ c1: 'A', c2: 'B', c3: 'B', c4: 'C', c5: 'none', c6: 'none', c7: 'none' });

    const history = await t.request('GET', `/api/customers/${id.c3}/grades`, { cookie: officeManager });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items.map((h: { grade: string; periodTo: string; salesFen: number; rank: number }) => [h.periodTo, h.grade, h.salesFen, h.rank])).toEqual([
      ['2026-10-31', 'B', 1_500, 3],
      ['2026-09-30', 'none', 0, null],
    ]);
    // Another office's customer is not found for the office manager.
    expect((await t.request('GET', `/api/customers/${id.c4}/grades`, { cookie: officeManager })).statusCode).toBe(404);

    const changes = (await t.request('GET', '/api/abc/changes', { cookie: manager })).json();
    expect(changes.counts).toEqual({ up: 0, down: 0, new: 2, dropped: 1 });
    expect(changes.items.map((c: { customer: { name: string }; from: string; to: string; kind: string }) => [c.customer.name, c.from, c.to, c.kind])).toEqual([
      ['ABC测试c3', 'none', 'B', 'new'],
      ['ABC测试c4', 'none', 'C', 'new'],
      ['ABC测试c6', 'C', 'none', 'dropped'],
    ]);
    const office = (await t.request('GET', '/api/abc/changes', { cookie: officeManager })).json();
    expect(office.items.map((c: { customer: { name: string } }) => c.customer.name)).toEqual(['ABC测试c3']);
    const dropped = (await t.request('GET', `/api/abc/changes?kind=dropped&from=${october.gradingId}&to=${run.json().gradingId}`, { cookie: manager })).json();
    expect(dropped.items.map((c: { customerId: string }) => c.customerId)).toEqual([id.c6]);
  });
});

describe('the monthly schedule', () => {
  it('is due from the first working day of the month (Asia/Shanghai), and a year the calendar lacks falls back to the first weekday', () => {
    const calendar = workingCalendar();
    expect(gradingDay(calendar, '2026-10-03')).toBe('2026-10-08'); // National Day holidays first
    expect(gradingDue(calendar, '2026-10-07')).toBe(false);
    expect(gradingDue(calendar, '2026-10-08')).toBe(true);
    expect(gradingDay(calendar, '2027-05-20')).toBe('2027-05-03'); // 2027 not published yet: 1 May is a Saturday
  });

  it('runs each organisation’s grading once when it is due, whatever the number of checks', async () => {
    const logged: string[] = [];
    const log = { info: (_: object, msg: string) => logged.push(msg), error: (_: object, msg: string) => logged.push(`error: ${msg}`) };
    const december = () =>
      t.database.db
        .select({ id: abcGradings.id })
        .from(abcGradings)
        .where(and(eq(abcGradings.orgId, orgId), eq(abcGradings.kind, 'monthly'), eq(abcGradings.periodTo, '2026-11-30')));
    // 23:30 on 30 November in Beijing: not December yet. Half past midnight in Beijing is 1 December (a Tuesday, a working day).
    await runDueJobs(t.database.db, new Date('2026-11-30T15:30:00Z'), log);
    expect(await december()).toHaveLength(0);
    await runDueJobs(t.database.db, new Date('2026-11-30T16:30:00Z'), log);
    expect(await december()).toHaveLength(1);
    await runDueJobs(t.database.db, new Date('2026-12-01T03:00:00Z'), log);
    expect(await december()).toHaveLength(1);
    expect(logged).toEqual(['monthly ABC grading stored']);
  });
});
