import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, customers, orders } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { finishedImport, rowsOfXlsx, uploadFile, xlsxOf } from '../helpers/import-files';
import { demoOrgId, userIdsByName } from '../helpers/lookup';
import { orderLineSumsOf, salesMonthlyOf } from '../helpers/sales-monthly';

/*
 * Order import (issue 4): an .xlsx or .csv of order lines, rows with the same 订单号 forming one order; the same
 * dry run and all-or-nothing rules as the customer import; written through the ledger's own order writing.
 */

let t: TestApp;
let orgId: string;
let admin: string;
let rep: string; // 张伟, 郑州
let finance: string;
const tag = Date.now().toString(36).toUpperCase();
let users: Map<string, string>;
let cold: string; // list ¥12.50
let amox: string; // list ¥30.00
let old: string; // discontinued
let mine: { id: string; name: string }; // 张伟's
let theirs: { id: string; name: string }; // 陈杰's (南阳)

const BASE = '/api/order-imports';
const HEADERS = ['订单号', '日期', '客户', '产品编码', '数量', '单价（元）', '备注'];

beforeAll(async () => {
  t = await startTestApp();
  orgId = await demoOrgId(t.database.db);
  [admin, rep, finance] = await t.logins('admin', 'zhangwei', 'sunli');
  users = await userIdsByName(t, admin);
  cold = await product(`OI${tag}-COLD`, 1250);
  amox = await product(`OI${tag}-AMOX`, 3000);
  old = await product(`OI${tag}-OLD`, 500);
  const made = (await t.request('GET', `/api/products?q=OI${tag}-OLD`, { cookie: admin })).json().items[0];
  expect((await t.request('POST', `/api/products/${made.id}/deactivate`, { cookie: admin, body: { version: made.version } })).statusCode).toBe(200);
  mine = await customer('zhangwei', `导入订单测试诊所${tag}甲`);
  theirs = await customer('chenjie', `导入订单测试诊所${tag}乙`);
  await t.database.db.update(customers).set({ externalCode: `ERP-${tag}-B` }).where(eq(customers.id, theirs.id));
});
afterAll(() => t.close());

async function product(code: string, listPriceFen: number): Promise<string> {
  const res = await t.request('POST', '/api/products', { cookie: admin, body: { code, name: `导入测试${code}`, category: '测试类', unit: '盒', listPriceFen, costFen: 700, expenseStandardFen: 50 } });
  expect(res.statusCode, res.body).toBe(201);
  return code;
}

async function customer(owner: string, name: string) {
  const res = await t.request('POST', '/api/customers', { cookie: admin, body: { name, typeCode: 'private_clinic', ownerId: users.get(owner), confirmNotDuplicate: true } });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, name };
}

async function upload(cookie: string, rows: (string | number | null)[][], headers = HEADERS) {
  const res = await uploadFile(t, cookie, '订单.xlsx', await xlsxOf([headers, ...rows]), 'application/octet-stream', BASE);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function run(cookie: string, which: 'check' | 'import', body: Record<string, unknown> = {}) {
  const res = await t.request('POST', `${BASE}/current/${which}`, { cookie, body });
  expect(res.statusCode, res.body).toBe(202);
  return finishedImport(t, cookie, BASE);
}

async function check(cookie: string) {
  const current = (await t.request('GET', `${BASE}/current`, { cookie })).json().import;
  return run(cookie, 'check', { mapping: current.mapping });
}

const stored = (refs: string[]) =>
  t.database.db.select({ id: orders.id, ref: orders.externalRef, source: orders.source, amountFen: orders.amountFen, customerId: orders.customerId, note: orders.note }).from(orders).where(and(eq(orders.orgId, orgId), inArray(orders.externalRef, refs)));

const monthly = (customerId: string) => salesMonthlyOf(t.database.db, customerId);
const linesSum = (customerId: string) => orderLineSumsOf(t.database.db, customerId);

describe('order import', () => {
  it('suggests the mapping from the Chinese headers and gives a template with them', async () => {
    const up = await upload(rep, [[`${tag}-S0`, '2026-03-02', mine.name, cold, 1, '', '']]);
    expect(up.mapping).toEqual({ 订单号: 'orderNo', 日期: 'orderDate', 客户: 'customerName', 产品编码: 'productCode', 数量: 'quantity', '单价（元）': 'unitPrice', 备注: 'note' });
    const template = await t.request('GET', `${BASE}/template`, { cookie: rep });
    expect(template.statusCode).toBe(200);
    expect((await rowsOfXlsx(template.rawPayload))[0]).toEqual(['订单号', '日期', '客户', '客户编码', '产品编码', '数量', '单价（元）', '备注']);
  });

  it('a dry run lists every problem by row and column and writes nothing', async () => {
    const ref = (n: number) => `${tag}-P${n}`;
    await upload(rep, [
      [ref(1), '2026-03-02', `没有这个客户${tag}`, cold, 1, '', ''],
      [ref(2), '2026-03-02', theirs.name, cold, 1, '', ''],
      [ref(3), '2026-02-30', mine.name, cold, 0, '1.234', ''],
      [ref(4), '2026-03-02', mine.name, old, 2, '', ''],
      [ref(4), '2026-03-03', mine.name, `NO-${tag}`, 1, '', ''],
      [ref(5), '2026-03-04', mine.name, cold, -2, '', ''],
    ]);
    const checked = await check(rep);
    expect(checked.status).toBe('checked');
    expect(checked.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [2, '客户'],
      [3, '客户'],
      [4, '日期'],
      [4, '数量'],
      [4, '单价（元）'],
      [5, '产品编码'],
      [6, '日期'],
      [7, '数量'],
    ]);
    const outOfScope = checked.problems[1];
    expect(outOfScope.reason_zh).toContain('存在，但不在您的数据范围内');
    expect(outOfScope.reason_zh).toContain('陈杰');
    expect(JSON.stringify(checked.problems)).not.toContain(theirs.id);
    expect(checked.summary).toEqual({ create: 0, unchanged: 0, problemRows: 6 });
    expect(await stored([1, 2, 3, 4, 5].map(ref))).toEqual([]);
    // The import re-checks and refuses the same way; still nothing written.
    const refused = await run(rep, 'import');
    expect(refused.status).toBe('failed');
    expect(refused.problemCount).toBe(checked.problemCount);
    expect(await stored([1, 2, 3, 4, 5].map(ref))).toEqual([]);
    const report = await t.request('GET', `${BASE}/current/problems`, { cookie: rep });
    expect((await rowsOfXlsx(report.rawPayload)).slice(0, 2)).toEqual([['行', '列', '问题', 'Problem'], ['2', '客户', checked.problems[0].reason_zh, checked.problems[0].reason_en]]);
  });

  it('imports every order through the ledger (sales_monthly kept right); importing the same file again changes nothing', async () => {
    const [a, b] = [`${tag}-A`, `${tag}-B`];
    const rows = [
      [a, '2026-03-05', mine.name, cold, 10, '12', '补货'],
      [b, '2026/3/20', mine.name, amox, 2, '', ''],
      [a, '2026-03-05', mine.name, cold, 5, '11.5', ''],
      [a, '2026-03-05', mine.name, amox, 1, '', ''],
    ];
    await upload(rep, rows);
    const checked = await check(rep);
    expect(checked.problems).toEqual([]);
    expect(checked.summary).toEqual({ create: 2, unchanged: 0, problemRows: 0 });
    expect(checked.outcomes).toEqual([
      { row: 2, orderNo: a, action: 'create', customer: mine.name, lines: 3, amountFen: 10 * 1200 + 5 * 1150 + 3000 },
      { row: 3, orderNo: b, action: 'create', customer: mine.name, lines: 1, amountFen: 6000 },
    ]);
    expect(await stored([a, b])).toEqual([]);

    const imported = await run(rep, 'import');
    expect(imported.status, JSON.stringify(imported.error)).toBe('imported');
    const written = await stored([a, b]);
    expect(written.map((o) => [o.ref, o.source, o.amountFen, o.customerId, o.note]).sort()).toEqual([
      [a, 'import', 20750, mine.id, '补货'],
      [b, 'import', 6000, mine.id, null],
    ]);
    expect(await monthly(mine.id)).toEqual(await linesSum(mine.id));
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'order.import'), eq(auditLog.targetId, imported.id)));
    expect(audit?.after).toMatchObject({ created: 2, unchanged: 0, lines: 4 });

    await upload(rep, rows);
    const again = await check(rep);
    expect(again.summary).toEqual({ create: 0, unchanged: 2, problemRows: 0 });
    expect(again.outcomes.map((o: { action: string }) => o.action)).toEqual(['unchanged', 'unchanged']);
    expect((await run(rep, 'import')).status).toBe('imported');
    expect(await stored([a, b])).toHaveLength(2);
    expect(await monthly(mine.id)).toEqual(await linesSum(mine.id));

    // The same 订单号 with other content is refused, not duplicated or changed.
    await upload(rep, [[a, '2026-03-05', mine.name, cold, 11, '12', '']]);
    const changed = await check(rep);
    expect(changed.problems).toMatchObject([{ row: 2, column: '订单号', reason_en: expect.stringContaining('different content') }]);
  });

  it('finds customers by external code; an order whose rows name other customers or dates is refused', async () => {
    const headers = ['订单号', '日期', '客户编码', '产品编码', '数量'];
    await upload(admin, [[`${tag}-C`, '2026-04-01', `ERP-${tag}-B`, cold, 1], [`${tag}-C`, '2026-04-02', `ERP-${tag}-B`, cold, 1]], headers);
    const checked = await check(admin);
    expect(checked.problems).toMatchObject([{ row: 3, column: '日期', reason_zh: expect.stringContaining('第 2 行') }]);
    await upload(admin, [[`${tag}-C`, '2026-04-01', `ERP-${tag}-B`, cold, 1]], headers);
    expect((await check(admin)).summary).toEqual({ create: 1, unchanged: 0, problemRows: 0 });
  });

  it('is refused to a role that may not enter orders; the mapping must name the customer', async () => {
    expect((await t.request('GET', `${BASE}/current`, { cookie: finance })).statusCode).toBe(403);
    expect((await uploadFile(t, finance, 'x.xlsx', await xlsxOf([HEADERS]), 'application/octet-stream', BASE)).statusCode).toBe(403);
    await upload(rep, [[`${tag}-M`, '2026-03-02', mine.name, cold, 1, '', '']]);
    const res = await t.request('POST', `${BASE}/current/check`, { cookie: rep, body: { mapping: { 订单号: 'orderNo', 日期: 'orderDate', 客户: null, 产品编码: 'productCode', 数量: 'quantity' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { message: string }) => f.message)).toEqual(['请指定哪一列是客户：客户系统编号、客户编码或客户（名称），至少一列']);
  });
});
