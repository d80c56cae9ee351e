import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, customerTypes, products, salesMonthly } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { demoOrgId, officeByName, userByName } from '../helpers/lookup';

/*
 * Customer value and sales analysis (issue 4, item 3) over hand-made customers of their own type (val_t), on
 * 2026-11-23: current 12 months = 2025-12 … 2026-11, previous = 2024-12 … 2025-11.
 *   v1 (郑州/张伟, 410102 郑州): 2025-03 10,000 (cost 6,000); 2026-03 20,000 (cost 15,000)        → rising, margin 5,000 now
 *   v2 (郑州/李娜, 411302 南阳): 2025-06 8,000 (cost 2,000); nothing since                         → stopped
 *   v3 (南阳/陈杰, 411302 南阳): 2026-06 4,000 (cost 1,000) of category 器械 + a −1,000 return     → new
 */

let t: TestApp;
const id: Record<string, string> = {};
const NOW = new Date('2026-11-23T02:00:00Z');

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = NOW;
  const db = t.database.db;
  const orgId = await demoOrgId(db);
  const zz = (await officeByName(db, orgId, '郑州办事处')).id;
  const ny = (await officeByName(db, orgId, '南阳办事处')).id;
  const user = async (n: string) => (await userByName(db, orgId, n)).id;
  await db.insert(customerTypes).values({ orgId, code: 'val_t', zh: '价值测试类型', en: 'Value test type', sort: 98 });
  for (const [name, officeId, owner, regionCode] of [
    ['v1', zz, 'zhangwei', '410102'],
    ['v2', zz, 'lina', '411302'],
    ['v3', ny, 'chenjie', '411302'],
  ] as const) {
    const [row] = await db
      .insert(customers)
      .values({ orgId, name: `价值测试${name}`, nameKey: `价值测试${name}`, searchText: `val${name}`, typeCode: 'val_t', officeId, ownerId: await user(owner), regionCode, status: 'active' })
      .returning({ id: customers.id });
    id[name] = row!.id;
  }
  const tag = randomBytes(3).toString('hex');
  const [drug, device] = await db
    .insert(products)
    .values([
      { orgId, code: `VAL-D-${tag}`, name: '价值测试药', category: `药品${tag}`, unit: '盒', listPriceFen: 100, costFen: 60, expenseStandardFen: 5 },
      { orgId, code: `VAL-E-${tag}`, name: '价值测试器械', category: `器械${tag}`, unit: '台', listPriceFen: 100, costFen: 60, expenseStandardFen: 5 },
    ])
    .returning({ id: products.id });
  const row = (c: string, month: string, productId: string, salesFen: number, costFen: number) => ({ orgId, customerId: id[c]!, month, productId, quantity: 1, salesFen, costFen });
  await db.insert(salesMonthly).values([
    row('v1', '2025-03-01', drug!.id, 10_000, 6_000),
    row('v1', '2026-03-01', drug!.id, 20_000, 15_000),
    row('v2', '2025-06-01', drug!.id, 8_000, 2_000),
    row('v3', '2026-06-01', device!.id, 4_000, 1_000),
    row('v3', '2026-07-01', device!.id, -1_000, -250),
  ]);
});
afterAll(() => t.close());

type Value = { customer: { name: string }; historicalSalesFen: number; historicalMarginFen: number; currentSalesFen: number; currentMarginFen: number; currentMarginBp: number | null; previousSalesFen: number; trend: string; costToServeFen: null };

describe('customer value', () => {
  it('gives all-time and last-12-month sales and margin with the trend, sortable, within scope', async () => {
    const manager = await t.login('zhaogang');
    const res = await t.request('GET', '/api/analysis/customer-value?typeCode=val_t&sort=currentMargin&order=desc', { cookie: manager });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { total: number; current: { from: string; to: string }; items: Value[]; totals: { historicalSalesFen: number } };
    expect(body.current).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(body.total).toBe(3);
    expect(body.totals.historicalSalesFen).toBe(41_000);
    expect(body.items.map((i) => [i.customer.name, i.historicalSalesFen, i.historicalMarginFen, i.currentSalesFen, i.currentMarginFen, i.currentMarginBp, i.previousSalesFen, i.trend, i.costToServeFen])).toEqual([
      ['价值测试v1', 30_000, 9_000, 20_000, 5_000, 2_500, 10_000, 'rising', null],
      ['价值测试v3', 3_000, 2_250, 3_000, 2_250, 7_500, 0, 'new', null],
      ['价值测试v2', 8_000, 6_000, 0, 0, null, 8_000, 'stopped', null],
    ]);
    // Worst first, by all-time margin.
    const worst = (await t.request('GET', '/api/analysis/customer-value?typeCode=val_t&sort=historicalMargin&order=asc&limit=1', { cookie: manager })).json();
    expect(worst.items.map((i: Value) => i.customer.name)).toEqual(['价值测试v3']);
    // A rep sees their own customers only; the clerk none at all.
    const rep = (await t.request('GET', '/api/analysis/customer-value?typeCode=val_t', { cookie: await t.login('zhangwei') })).json();
    expect(rep.items.map((i: Value) => i.customer.name)).toEqual(['价值测试v1']);
    expect((await t.request('GET', '/api/analysis/customer-value', { cookie: await t.login('liuyan') })).statusCode).toBe(403);
  });
});

describe('sales analysis', () => {
  it('sums sales per group and month or quarter, within scope', async () => {
    const manager = await t.login('zhaogang');
    const res = await t.request('GET', '/api/analysis/sales?typeCode=val_t&groupBy=office&from=2026-01&to=2026-07', { cookie: manager });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.buckets).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    expect(body.series.map((s: { label: string; salesFen: number[]; marginFen: number }) => [s.label, s.salesFen, s.marginFen])).toEqual([
      ['郑州办事处', [0, 0, 20_000, 0, 0, 0, 0], 5_000],
      ['南阳办事处', [0, 0, 0, 0, 0, 4_000, -1_000], 2_250],
    ]);
    expect(body.totalSalesFen).toBe(23_000);

    const quarters = (await t.request('GET', '/api/analysis/sales?typeCode=val_t&groupBy=region&interval=quarter&from=2025-01&to=2026-12', { cookie: manager })).json();
    expect(quarters.buckets).toHaveLength(8);
    const byRegion = Object.fromEntries(quarters.series.map((s: { label: string; totalSalesFen: number }) => [s.label, s.totalSalesFen]));
    expect(byRegion).toEqual({ '河南省 郑州市': 30_000, '河南省 南阳市': 11_000 });

    const office = (await t.request('GET', '/api/analysis/sales?typeCode=val_t&groupBy=rep&from=2025-01&to=2026-12', { cookie: await t.login('zhouqiang') })).json();
    expect(office.series.map((s: { label: string }) => s.label).sort()).toEqual(['张伟', '李娜'].sort());
  });

  it('exports the tables as xlsx and CSV', async () => {
    const manager = await t.login('zhaogang');
    const csv = await t.request('GET', '/api/analysis/sales/export?format=csv&typeCode=val_t&groupBy=office&from=2026-03&to=2026-03', { cookie: manager });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.replace('\uFEFF', '').split('\r\n').slice(0, 3)).toEqual(['办事处,2026-03（元）,合计（元）,毛利（元）', '郑州办事处,200.00,200.00,50.00', '合计,200.00,200.00,50.00']);
    const xlsx = await t.request('GET', '/api/analysis/customer-value/export?typeCode=val_t&sort=historicalSales', { cookie: manager });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('价值测试v1');
    expect(sheet.getRow(2).getCell(5).value).toBe('300.00');
    expect(sheet.rowCount).toBe(4);
  });
});
