import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity/policies';
import { checkOrderMapping, mappedOrderColumns, suggestOrderMapping } from './order-import-columns';
import { CustomerFinder, resolveOrders, type KnownCustomer, type KnownProduct } from './order-import-orders';
import { createOrderRowReader, groupOrderRows, type OrderRow } from './order-import-rows';

const HEADERS = ['订单号', '日期', '客户', '产品编码', '数量', '单价（元）', '备注'];
const columns = mappedOrderColumns(suggestOrderMapping(HEADERS));
const read = createOrderRowReader(columns);
const row = (n: number, cells: string[]) => read(n, Object.fromEntries(HEADERS.map((h, i) => [h, cells[i] ?? ''])));
const line = (n: number, cells: string[]): OrderRow => {
  const r = row(n, cells);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.line;
};

describe('order import columns', () => {
  it('suggests the mapping from Chinese headers and their synonyms, each field once', () => {
    expect(suggestOrderMapping(['销售单号', '订单日期', '客户名称', '外部编码', '商品编码', '数量', '单价', '摘要', '业务员'])).toEqual({
      销售单号: 'orderNo', 订单日期: 'orderDate', 客户名称: 'customerName', 外部编码: 'customerCode', 商品编码: 'productCode', 数量: 'quantity', 单价: 'unitPrice', 摘要: 'note', 业务员: null,
    });
    expect(suggestOrderMapping(['订单号', '单号'])).toEqual({ 订单号: 'orderNo', 单号: null });
  });

  it('requires the order number, date, product, quantity and one column naming the customer', () => {
    const problems = checkOrderMapping({ 日期: 'orderDate', 数量: 'quantity' }, ['日期', '数量']);
    expect(problems.map((p) => p.reason.zh)).toEqual([
      '请指定哪一列是“订单号”（必填）',
      '请指定哪一列是“产品编码”（必填）',
      '请指定哪一列是客户：客户系统编号、客户编码或客户（名称），至少一列',
    ]);
    expect(checkOrderMapping(suggestOrderMapping(HEADERS), HEADERS)).toEqual([]);
    expect(checkOrderMapping({ ...suggestOrderMapping(HEADERS), 备注: 'quantity' }, HEADERS)[0]!.reason.zh).toBe('“数量”和“备注”都对应到“数量”，一个字段只能对应一列');
  });
});

describe('reading a row', () => {
  it('reads dates as people write them, money exactly in fen, full-width codes and numbers', () => {
    expect(row(2, ['ＳＯ-1', '2026/5/3', '中牟县人民医院', 'ｐ001', '１２', '¥1,234.5', '急'])).toEqual({
      ok: true,
      line: { row: 2, orderNo: 'SO-1', orderDate: '2026-05-03', customer: { by: 'name', text: '中牟县人民医院' }, productCode: 'p001', quantity: 12, unitPriceFen: 123450, note: '急' },
    });
    expect(line(3, ['SO-1', '2026年5月3日 10:30', 'x', 'P1', '1', ''])).toMatchObject({ orderDate: '2026-05-03', unitPriceFen: null });
  });

  it('lists every problem of a row with its column: blanks, bad date, non-positive or fractional quantity, bad money', () => {
    const r = row(7, ['', '2026-02-30', '', '', '-3', '12.345']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.row, p.column, p.reason_zh])).toEqual([
      [7, '订单号', '请填写订单号'],
      [7, '日期', '日期“2026-02-30”无法识别：日期不存在'],
      [7, '客户', '请填写客户（系统编号、客户编码或客户名称）'],
      [7, '产品编码', '请填写产品编码'],
      [7, '数量', '数量不能为负数；导入不支持退货，退货请在订单详情中开退货单'],
      [7, '单价（元）', '单价“12.345”不是金额，应写成 12.50 这样的元数，最多两位小数'],
    ]);
    const reasons = (cells: string[]) => {
      const read = row(8, cells);
      return read.ok ? [] : read.problems.map((p) => p.reason_en);
    };
    expect(reasons(['A', '2026-01-01', 'c', 'P', '0'])).toEqual(['must be more than zero']);
    expect(reasons(['A', '2026-01-01', 'c', 'P', '1.5'])).toEqual(['must be a whole number']);
    expect(reasons(['A', '2026-01-01', 'c', 'P', '两箱'])).toEqual(['"两箱" is not a number']);
    expect(reasons(['A', '2026-01-01', 'c', 'P', '2', '-1'])).toEqual(['cannot be negative']);
  });

  it('takes the strongest way a row names its customer: system ID, then code, then name', () => {
    const h = ['订单号', '日期', '客户系统编号', '客户编码', '客户', '产品编码', '数量'];
    const r = createOrderRowReader(mappedOrderColumns(suggestOrderMapping(h)))(2, { 订单号: 'A', 日期: '2026-01-01', 客户系统编号: '', 客户编码: 'ERP-9', 客户: '某医院', 产品编码: 'P', 数量: '1' });
    expect(r.ok && r.line.customer).toEqual({ by: 'code', text: 'ERP-9' });
  });
});

describe('grouping rows into orders', () => {
  it('makes one order per 订单号 with a line per row; prices may differ between lines', () => {
    const { orders, problems } = groupOrderRows(
      [line(2, ['A', '2026-01-05', '甲', 'P1', '1', '10']), line(3, ['B', '2026-01-06', '乙', 'P1', '2']), line(4, ['A', '2026-01-05', '甲', 'P1', '3', '9.5', '补货'])],
      columns,
    );
    expect(problems).toEqual([]);
    expect(orders.map((o) => [o.orderNo, o.lines.map((l) => [l.row, l.unitPriceFen]), o.note])).toEqual([
      ['A', [[2, 1000], [4, 950]], '补货'],
      ['B', [[3, null]], null],
    ]);
  });

  it('refuses a row whose customer or date differs from the first row of its order', () => {
    const { orders, problems } = groupOrderRows([line(2, ['A', '2026-01-05', '甲', 'P1', '1']), line(3, ['A', '2026-01-06', '乙', 'P1', '1'])], columns);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, '客户'], [3, '日期']]);
    expect(problems[0]!.reason_zh).toContain('第 2 行');
    expect(orders.map((o) => [o.orderNo, o.held, o.lines.length])).toEqual([['A', true, 1]]);
  });

  it('holds back a whole order when one of its rows could not be read', () => {
    const bad = row(3, ['A', '2026-01-05', '甲', 'P1', '0']);
    expect(bad).toMatchObject({ ok: false, orderNo: 'A' });
    const held = new Set([bad.ok ? '' : bad.orderNo!]);
    const { orders } = groupOrderRows([line(2, ['A', '2026-01-05', '甲', 'P1', '1']), line(4, ['B', '2026-01-05', '甲', 'P1', '1'])], columns, held);
    expect(orders.map((o) => [o.orderNo, o.held])).toEqual([['A', true], ['B', false]]);
  });
});

describe('finding customers and products', () => {
  const actor: Actor = { orgId: 'o', userId: 'rep1', role: 'rep', officeId: 'zz' } as Actor;
  const customers: KnownCustomer[] = [
    { id: '11111111-1111-4111-8111-111111111111', externalCode: 'ERP-1', name: '甲医院', officeId: 'zz', ownerId: 'rep1' },
    { id: '22222222-2222-4222-8222-222222222222', externalCode: 'ERP-2', name: '乙医院', officeId: 'ny', ownerId: 'rep2' },
    { id: '33333333-3333-4333-8333-333333333333', externalCode: null, name: '丙诊所', officeId: 'zz', ownerId: 'rep1' },
    { id: '44444444-4444-4444-8444-444444444444', externalCode: null, name: '丙诊所', officeId: 'zz', ownerId: 'rep1' },
    { id: '55555555-5555-4555-8555-555555555555', externalCode: null, name: '甲医院', officeId: 'ny', ownerId: 'rep2' },
  ];
  const ask = () => ({ who: '陈杰', office: '南阳办事处' });
  const finder = new CustomerFinder(actor, customers, ask);

  it('finds by system ID, code, or a name unique among the customers in scope', () => {
    expect(finder.find({ by: 'code', text: 'ERP-1' })).toMatchObject({ ok: true, customer: { name: '甲医院' } });
    expect(finder.find({ by: 'id', text: '11111111-1111-4111-8111-111111111111'.toUpperCase() })).toMatchObject({ ok: true });
    expect(finder.find({ by: 'name', text: '甲医院' })).toMatchObject({ ok: true, customer: { id: customers[0]!.id } });
  });

  it('says a customer out of scope exists and whom to ask, without its data; unknown and ambiguous names are refused', () => {
    const out = finder.find({ by: 'code', text: 'ERP-2' });
    expect(out).toEqual({ ok: false, reason: { zh: '客户“ERP-2”存在，但不在您的数据范围内；请联系南阳办事处的陈杰录入这张订单', en: 'the customer "ERP-2" exists but is outside your data scope; ask 陈杰 at 南阳办事处 to enter this order' } });
    expect(finder.find({ by: 'name', text: '乙医院' })).toMatchObject({ ok: false, reason: { en: expect.stringContaining('outside your data scope') } });
    expect(finder.find({ by: 'name', text: '丙诊所' })).toMatchObject({ ok: false, reason: { zh: '您的客户中有 2 个叫“丙诊所”，请改填客户编码或系统编号' } });
    expect(finder.find({ by: 'name', text: '丁' })).toMatchObject({ ok: false, reason: { en: 'no customer is called "丁" (the name must match exactly)' } });
    expect(finder.find({ by: 'code', text: 'ERP-404' })).toMatchObject({ ok: false, reason: { en: 'no customer with the code "ERP-404"' } });
  });

  it('resolves grouped orders, refusing unknown and inactive products at their rows', () => {
    const products = new Map<string, KnownProduct>([
      ['P1', { id: 'p1', code: 'P1', name: '一号', active: true }],
      ['P9', { id: 'p9', code: 'P9', name: '九号', active: false }],
    ]);
    const { orders: groups } = groupOrderRows(
      [line(2, ['A', '2026-01-05', '甲医院', 'P1', '2', '3']), line(3, ['B', '2026-01-05', '甲医院', 'P9', '1']), line(4, ['B', '2026-01-05', '甲医院', 'PX', '1'])],
      columns,
    );
    const { orders, problems } = resolveOrders(groups, { actor, columns, customers, products, ask });
    const held = resolveOrders([{ ...groups[0]!, held: true }], { actor, columns, customers, products, ask });
    expect(held).toEqual({ orders: [], problems: [] });
    expect(orders).toEqual([
      { orderNo: 'A', rows: [2], customerName: '甲医院', input: { customerId: customers[0]!.id, kind: 'sale', orderDate: '2026-01-05', externalRef: 'A', note: undefined, lines: [{ productId: 'p1', quantity: 2, unitPriceFen: 300 }] } },
    ]);
    expect(problems.map((p) => [p.row, p.column, p.reason_zh])).toEqual([
      [3, '产品编码', '产品 九号（P9）已停用，不能再销售'],
      [4, '产品编码', '没有编码为“PX”的产品'],
    ]);
  });
});
