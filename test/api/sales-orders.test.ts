import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { userIdsByName } from '../helpers/lookup';
import { orderLineSumsOf, salesMonthlyOf } from '../helpers/sales-monthly';

/*
 * Sales ledger (issue "Sales ledger and ABC grading", item 1): orders, returns, collections, the ERP push and the
 * sales_monthly aggregate that the ABC grading reads. Products and customers are made here with unique names.
 */

let t: TestApp;
let admin: string;
let rep: string; // 张伟, 郑州
let finance: string;
let users: Map<string, string>;
const tag = Date.now().toString(36).toUpperCase();
let coldrex: { id: string; code: string }; // list ¥12.50, cost ¥7.00
let amox: { id: string; code: string }; // list ¥30.00, cost ¥18.25

beforeAll(async () => {
  t = await startTestApp();
  [admin, rep, finance] = await t.logins('admin', 'zhangwei', 'sunli');
  users = await userIdsByName(t, admin);
  coldrex = await product(`T${tag}-COLD`, '测试感冒灵', 1250, 700);
  amox = await product(`T${tag}-AMOX`, '测试阿莫西林', 3000, 1825);
});
afterAll(() => t.close());

async function product(code: string, name: string, listPriceFen: number, costFen: number) {
  const res = await t.request('POST', '/api/products', { cookie: admin, body: { code, name, category: '测试类', unit: '盒', listPriceFen, costFen, expenseStandardFen: 50 } });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as string, code };
}

let made = 0;
async function customer(owner: string): Promise<string> {
  const res = await t.request('POST', '/api/customers', {
    cookie: admin,
    body: { name: `销售测试诊所${tag}${++made}`, typeCode: 'private_clinic', ownerId: users.get(owner), confirmNotDuplicate: true },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const order = (cookie: string, body: Record<string, unknown>) => t.request('POST', '/api/orders', { cookie, body });
const problems = (body: { fields?: { field: string; message: string; message_en: string }[] }) => (body.fields ?? []).map((f) => `${f.field}: ${f.message} / ${f.message_en}`).join('\n');

const monthly = (customerId: string) => salesMonthlyOf(t.database.db, customerId);

describe('orders', () => {
  it('enters a sale at list price unless a price is given, exact amounts and cost, and shows it in scope', async () => {
    const c = await customer('zhangwei');
    const res = await order(rep, { customerId: c, orderDate: '2026-03-05', lines: [{ productId: coldrex.id, quantity: 3 }, { productId: amox.id, quantity: 7, unitPriceFen: 2999 }] });
    expect(res.statusCode, res.body).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({ kind: 'sale', source: 'manual', amountFen: 3 * 1250 + 7 * 2999, costFen: 3 * 700 + 7 * 1825, owedFen: 3 * 1250 + 7 * 2999, returnedFen: 0, collectedFen: 0 });
    expect(o.lines.map((l: { productCode: string; unitPriceFen: number; amountFen: number }) => [l.productCode, l.unitPriceFen, l.amountFen])).toEqual([
      [coldrex.code, 1250, 3750],
      [amox.code, 2999, 20993],
    ]);
    const list = (await t.request('GET', `/api/orders?customerId=${c}`, { cookie: rep })).json();
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([o.id]);
    // Another office's rep cannot see it, nor its customer's orders.
    const other = await t.login('chenjie');
    expect((await t.request('GET', `/api/orders/${o.id}`, { cookie: other })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/orders?customerId=${c}`, { cookie: other })).json().items).toEqual([]);
  });

  it('refuses a customer outside the rep’s scope (404), unknown or discontinued products, and negative quantities', async () => {
    const theirs = await customer('chenjie');
    const outside = await order(rep, { customerId: theirs, orderDate: '2026-03-05', lines: [{ productId: coldrex.id, quantity: 1 }] });
    expect(outside.statusCode).toBe(404);
    const unknownCustomer = await order(rep, { customerId: '00000000-0000-4000-8000-000000000000', orderDate: '2026-03-05', lines: [{ productId: coldrex.id, quantity: 1 }] });
    expect(unknownCustomer.statusCode).toBe(404);

    const mine = await customer('zhangwei');
    const unknownProduct = await order(rep, { customerId: mine, orderDate: '2026-03-05', lines: [{ productId: coldrex.id, quantity: 1 }, { productId: '00000000-0000-4000-8000-000000000001', quantity: 1 }] });
    expect(unknownProduct.statusCode).toBe(400);
    expect(unknownProduct.json().code).toBe('PRODUCT_UNKNOWN');
    expect(problems(unknownProduct.json())).toContain('lines.1.productId: 产品：第 2 行的产品不存在 / Product: the product of line 2 does not exist');

    const negative = await order(rep, { customerId: mine, orderDate: '2026-03-05', lines: [{ productId: coldrex.id, quantity: -2 }] });
    expect(negative.statusCode).toBe(400);
    expect(problems(negative.json())).toContain('lines.0.quantity: 数量：数量不能为负数；退货请开退货单 / Quantity: cannot be negative; enter a return instead');

    const old = await product(`T${tag}-OLD`, '测试停产药', 500, 300);
    const p = (await t.request('GET', `/api/products/${old.id}`, { cookie: admin })).json();
    expect((await t.request('POST', `/api/products/${old.id}/deactivate`, { cookie: admin, body: { version: p.version } })).statusCode).toBe(200);
    const discontinued = await order(rep, { customerId: mine, orderDate: '2026-03-05', lines: [{ productId: old.id, quantity: 1 }] });
    expect(discontinued.statusCode).toBe(409);
    expect(problems(discontinued.json())).toContain('已停用，不能再销售');
    // Nothing was written by any of the refused orders.
    expect((await t.request('GET', `/api/orders?customerId=${mine}`, { cookie: rep })).json().items).toEqual([]);
    expect(await monthly(mine)).toEqual([]);
  });

  it('returns goods from a sale of the same customer, never more than sold less earlier returns', async () => {
    const c = await customer('zhangwei');
    const sale = (await order(rep, { customerId: c, orderDate: '2026-04-10', lines: [{ productId: coldrex.id, quantity: 10 }, { productId: amox.id, quantity: 2 }] })).json();
    const first = await order(rep, { customerId: c, kind: 'return', returnOf: sale.id, orderDate: '2026-04-20', lines: [{ productId: coldrex.id, quantity: 4 }] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ kind: 'return', amountFen: -5000, costFen: -2800, returnOf: sale.id });

    const tooMany = await order(rep, { customerId: c, kind: 'return', returnOf: sale.id, orderDate: '2026-04-21', lines: [{ productId: coldrex.id, quantity: 7 }] });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().code).toBe('RETURN_EXCEEDS_SALE');
    expect(problems(tooMany.json())).toContain(`lines.0.quantity: 数量：测试感冒灵（${coldrex.code}）这张销售单最多还能退 6 盒，本次要退 7 盒`);

    const notSold = await product(`T${tag}-NS`, '测试未售药', 100, 50);
    const never = await order(rep, { customerId: c, kind: 'return', returnOf: sale.id, orderDate: '2026-04-21', lines: [{ productId: notSold.id, quantity: 1 }] });
    expect(never.json().code).toBe('RETURN_EXCEEDS_SALE');

    const noSale = await order(rep, { customerId: c, kind: 'return', orderDate: '2026-04-21', lines: [{ productId: coldrex.id, quantity: 1 }] });
    expect(noSale.statusCode).toBe(400);
    expect(problems(noSale.json())).toContain('returnOf: 原销售单');
    const otherCustomer = await customer('zhangwei');
    const wrongCustomer = await order(rep, { customerId: otherCustomer, kind: 'return', returnOf: sale.id, orderDate: '2026-04-21', lines: [{ productId: coldrex.id, quantity: 1 }] });
    expect(wrongCustomer.json().code).toBe('RETURN_OF_INVALID');

    const detail = (await t.request('GET', `/api/orders/${sale.id}`, { cookie: rep })).json();
    expect(detail).toMatchObject({ returnedFen: 5000, owedFen: 12500 + 6000 - 5000 });
    expect(detail.returns.map((r: { id: string }) => r.id)).toEqual([first.json().id]);
    expect(Object.fromEntries(detail.returnable.map((x: { productId: string; quantity: number }) => [x.productId, x.quantity]))).toEqual({ [coldrex.id]: 6, [amox.id]: 2 });
  });

  it('keeps sales_monthly equal to the sum of the order lines after a mix of orders and returns', async () => {
    const c = await customer('zhangwei');
    const a = (await order(rep, { customerId: c, orderDate: '2026-01-31', lines: [{ productId: coldrex.id, quantity: 5 }, { productId: coldrex.id, quantity: 2, unitPriceFen: 1100 }] })).json();
    await order(rep, { customerId: c, orderDate: '2026-01-02', lines: [{ productId: amox.id, quantity: 3 }] });
    const b = (await order(rep, { customerId: c, orderDate: '2026-02-01', lines: [{ productId: amox.id, quantity: 4 }, { productId: coldrex.id, quantity: 1 }] })).json();
    expect((await order(rep, { customerId: c, kind: 'return', returnOf: a.id, orderDate: '2026-02-03', lines: [{ productId: coldrex.id, quantity: 6 }] })).statusCode).toBe(201);
    expect((await order(rep, { customerId: c, kind: 'return', returnOf: b.id, orderDate: '2026-02-05', lines: [{ productId: amox.id, quantity: 4 }] })).statusCode).toBe(201);
    const agg = await monthly(c);
    expect(agg).toEqual(await orderLineSumsOf(t.database.db, c));
    expect(agg.find((r) => r.month === '2026-02-01' && r.product_id === amox.id)).toMatchObject({ quantity: 0 });
    expect(agg).toHaveLength(4);
  });
});

describe('collections', () => {
  it('books 回款 up to what is owed and refuses more, naming the amount in ¥', async () => {
    const c = await customer('zhangwei');
    const sale = (await order(rep, { customerId: c, orderDate: '2026-05-01', lines: [{ productId: amox.id, quantity: 10 }] })).json();
    const url = `/api/orders/${sale.id}/collections`;
    expect((await t.request('POST', url, { cookie: rep, body: { collectedOn: '2026-05-20', amountFen: 100 } })).statusCode).toBe(403);
    const part = await t.request('POST', url, { cookie: finance, body: { collectedOn: '2026-05-20', amountFen: 12000, externalRef: `HK${tag}1` } });
    expect(part.statusCode, part.body).toBe(201);
    expect(part.json()).toMatchObject({ collectedFen: 12000, owedFen: 18000 });
    const over = await t.request('POST', url, { cookie: finance, body: { collectedOn: '2026-05-21', amountFen: 18001 } });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'COLLECTION_EXCEEDS_OWED', owedFen: 18000 });
    expect(problems(over.json())).toContain('amountFen: 金额：超过了欠款 ¥180.00，最多可登记 ¥180.00 / Amount: more than the ¥180.00 owed');
    const sameRef = await t.request('POST', url, { cookie: finance, body: { collectedOn: '2026-05-21', amountFen: 1, externalRef: `HK${tag}1` } });
    expect(sameRef.json().code).toBe('COLLECTION_REF_TAKEN');
    expect((await t.request('POST', url, { cookie: finance, body: { collectedOn: '2026-05-22', amountFen: 18000 } })).json()).toMatchObject({ owedFen: 0 });
    const nothing = await t.request('POST', url, { cookie: finance, body: { collectedOn: '2026-05-23', amountFen: 1 } });
    expect(nothing.json().code).toBe('COLLECTION_NOT_OWED');
    const listed = (await t.request('GET', `/api/collections?customerId=${c}`, { cookie: finance })).json();
    expect(listed.items.map((x: { amountFen: number }) => x.amountFen)).toEqual([18000, 12000]);
  });

  it('lets exactly one of two collections at once through when together they exceed what is owed', async () => {
    const c = await customer('zhangwei');
    const sale = (await order(rep, { customerId: c, orderDate: '2026-05-01', lines: [{ productId: coldrex.id, quantity: 8 }] })).json(); // ¥100.00
    const url = `/api/orders/${sale.id}/collections`;
    const [x, y] = await Promise.all([
      t.request('POST', url, { cookie: finance, body: { collectedOn: '2026-05-20', amountFen: 6000 } }),
      t.request('POST', url, { cookie: finance, body: { collectedOn: '2026-05-20', amountFen: 6000 } }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    expect((await t.request('GET', `/api/orders/${sale.id}`, { cookie: finance })).json()).toMatchObject({ collectedFen: 6000, owedFen: 4000 });
  });
});

describe('ERP push', () => {
  it('is idempotent: the same number twice is one order; different content under it is refused', async () => {
    const code = `ERP${tag}`;
    const c = await customer('zhangwei');
    // The ERP's customer number arrives with imports; set it directly here.
    await t.database.db.update(customers).set({ externalCode: code }).where(eq(customers.id, c));
    const body = { externalRef: `SO-${tag}-1`, customerCode: code, orderDate: '2026-06-01', lines: [{ productCode: coldrex.code, quantity: 2 }, { productId: amox.id, quantity: 1, unitPriceFen: 2800 }] };
    const first = await t.request('POST', '/api/erp/orders', { cookie: admin, body });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ customerId: c, source: 'erp', externalRef: `SO-${tag}-1`, amountFen: 2500 + 2800 });
    const again = await t.request('POST', '/api/erp/orders', { cookie: admin, body });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const changed = await t.request('POST', '/api/erp/orders', { cookie: admin, body: { ...body, lines: [{ productCode: coldrex.code, quantity: 3 }] } });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().code).toBe('ORDER_REF_CONFLICT');
    expect(problems(changed.json())).toContain(`externalRef: 外部单号：SO-${tag}-1 已用于内容不同的另一张订单`);
    expect((await t.request('GET', `/api/orders?customerId=${c}`, { cookie: admin })).json().items).toHaveLength(1);

    // A return pushed against the ERP number of the sale.
    const ret = await t.request('POST', '/api/erp/orders', { cookie: admin, body: { externalRef: `SO-${tag}-R`, kind: 'return', returnOfRef: `SO-${tag}-1`, customerCode: code, orderDate: '2026-06-02', lines: [{ productCode: coldrex.code, quantity: 1 }] } });
    expect(ret.statusCode, ret.body).toBe(201);
    expect(ret.json().amountFen).toBe(-1250);

    const unknown = await t.request('POST', '/api/erp/orders', { cookie: admin, body: { ...body, externalRef: `SO-${tag}-2`, lines: [{ productCode: 'NO-SUCH', quantity: 1 }] } });
    expect(unknown.statusCode).toBe(400);
    expect(problems(unknown.json())).toContain('lines.0.productCode: 产品编码：没有编码为 NO-SUCH 的产品');
    const noCustomer = await t.request('POST', '/api/erp/orders', { cookie: admin, body: { ...body, externalRef: `SO-${tag}-3`, customerCode: 'NO-SUCH' } });
    expect(noCustomer.statusCode).toBe(404);
    expect((await t.request('POST', '/api/erp/orders', { cookie: rep, body })).statusCode).toBe(403);
  });

  it('settles two pushes of the same number at once into one order', async () => {
    const c = await customer('zhangwei');
    const body = { externalRef: `SO-${tag}-C`, customerId: c, orderDate: '2026-06-03', lines: [{ productId: coldrex.id, quantity: 5 }] };
    const results = await Promise.all([1, 2, 3].map(() => t.request('POST', '/api/erp/orders', { cookie: admin, body })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    expect(await monthly(c)).toHaveLength(1);
    expect(Number((await monthly(c))[0]!.quantity)).toBe(5);
  });
});

describe('customer sales card', () => {
  it('sums the last 12 months from sales_monthly and what is owed', async () => {
    const c = await customer('zhangwei');
    t.clock.now = new Date('2026-11-23T02:00:00Z');
    await order(rep, { customerId: c, orderDate: '2025-11-30', lines: [{ productId: coldrex.id, quantity: 100 }] }); // before the 12 months
    await order(rep, { customerId: c, orderDate: '2025-12-01', lines: [{ productId: coldrex.id, quantity: 2 }] });
    await order(rep, { customerId: c, orderDate: '2026-11-20', lines: [{ productId: amox.id, quantity: 1 }] });
    const res = await t.request('GET', `/api/customers/${c}/sales`, { cookie: rep });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sinceMonth: '2025-12-01', last12MonthsFen: 2500 + 3000, owedFen: 125000 + 2500 + 3000, orderCount: 3, lastOrderDate: '2026-11-20' });
    t.clock.now = new Date();
  });
});
