import { describe, expect, it } from 'vitest';
import { orderInputSchema, productInputSchema } from './ledger-schemas';

const id = '00000000-0000-4000-8000-000000000001';
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.error?.issues ?? []).map((i) => i.message).join(' | ');

describe('product input', () => {
  it('takes prices and the 客情费 standard as whole fen', () => {
    const ok = productInputSchema.safeParse({ code: 'KL-001', name: '感冒灵颗粒', category: '感冒药', unit: '盒', listPriceFen: 1850, costFen: 920, expenseStandardFen: 50 });
    expect(ok.success).toBe(true);
    const bad = productInputSchema.safeParse({ code: '感冒', name: '', category: 'x', unit: '盒', listPriceFen: 18.5, costFen: -1, expenseStandardFen: 0 });
    expect(bad.success).toBe(false);
    expect(messages(bad)).toContain('金额须精确到分');
    expect(messages(bad)).toContain('金额不能为负数');
    expect(messages(bad)).toContain('编码只能含字母');
  });
});

describe('order input', () => {
  const line = { productId: id, quantity: 10 };
  it('accepts a sale with dates as people write them', () => {
    const r = orderInputSchema.parse({ customerId: id, orderDate: '2026/3/5', lines: [line] });
    expect(r).toMatchObject({ kind: 'sale', orderDate: '2026-03-05' });
  });

  it('refuses negative or zero quantities, telling the user to enter a return', () => {
    expect(messages(orderInputSchema.safeParse({ customerId: id, orderDate: '2026-03-05', lines: [{ ...line, quantity: -2 }] }))).toContain('退货请开退货单');
    expect(messages(orderInputSchema.safeParse({ customerId: id, orderDate: '2026-03-05', lines: [{ ...line, quantity: 0 }] }))).toContain('数量不能为 0');
    expect(messages(orderInputSchema.safeParse({ customerId: id, orderDate: '2026-02-30', lines: [line] }))).toContain('日期不存在');
    expect(messages(orderInputSchema.safeParse({ customerId: id, orderDate: '2026-03-05', lines: [] }))).toContain('至少填写一行');
  });
});
