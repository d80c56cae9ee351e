import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthOf, returnableQuantities, returnExcesses } from './returns';

describe('returnable quantities', () => {
  it('is what was sold less what earlier returns took back, per product', () => {
    const left = returnableQuantities(
      [{ productId: 'a', quantity: 10 }, { productId: 'b', quantity: 3 }, { productId: 'a', quantity: 5 }],
      [{ productId: 'a', quantity: 4 }],
    );
    expect(Object.fromEntries(left)).toEqual({ a: 11, b: 3 });
  });

  it('refuses more than is left, adding up lines of one product, and a product the sale never had', () => {
    const left = new Map([['a', 11], ['b', 3]]);
    expect(returnExcesses(left, [{ productId: 'a', quantity: 11 }, { productId: 'b', quantity: 1 }])).toEqual([]);
    expect(returnExcesses(left, [{ productId: 'a', quantity: 6 }, { productId: 'a', quantity: 6 }])).toEqual([{ productId: 'a', asked: 12, left: 11 }]);
    expect(returnExcesses(left, [{ productId: 'c', quantity: 1 }])).toEqual([{ productId: 'c', asked: 1, left: 0 }]);
  });

  it('never lets returns add up to more than was sold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 10 }), (sold, asks) => {
        const accepted: number[] = [];
        for (const q of asks) {
          const left = returnableQuantities([{ productId: 'p', quantity: sold }], accepted.map((quantity) => ({ productId: 'p', quantity })));
          if (returnExcesses(left, [{ productId: 'p', quantity: q }]).length === 0) accepted.push(q);
        }
        return accepted.reduce((a, b) => a + b, 0) <= sold;
      }),
    );
  });
});

describe('month of a date', () => {
  it('is the first day of its month', () => {
    expect(monthOf('2026-11-23')).toBe('2026-11-01');
    expect(monthOf('2024-02-29')).toBe('2024-02-01');
    expect(() => monthOf('2026-11')).toThrow();
  });
});
