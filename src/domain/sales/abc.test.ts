import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBoth } from '../shared/bilingual-issue';
import { abcSettingsSchema, DEFAULT_ABC_SETTINGS, gradeAbc, type AbcGrading, type AbcSettings, type CustomerSales } from './abc';

const YUAN = 100;
const sales = (list: [string, number | null][]): CustomerSales[] => list.map(([customerId, yuan]) => ({ customerId, amountFen: yuan === null ? null : yuan * YUAN }));
const gradesIn = (g: AbcGrading) => Object.fromEntries([...g.ranked, ...g.none].map((r) => [r.customerId, r.grade]));

describe('ABC grading (000: A reaches 55%, B from 55% to 85%, C the rest)', () => {
  it('grades ten customers worked out by hand', () => {
    // Total 1,000,000 yuan. Running shares: 30, 50, 65, 75, 83, 89, 94, 97, 99, 100%.
    // c03 takes the running total from 50% past 55%: the customers before it hold less than 55%, so it is A.
    // c06 takes it from 83% past 85%: B. c07 starts at 89%: C.
    const g = gradeAbc(
      sales([
        ['c07', 50_000],
        ['c01', 300_000],
        ['c10', 10_000],
        ['c03', 150_000],
        ['c02', 200_000],
        ['c05', 80_000],
        ['c04', 100_000],
        ['c09', 20_000],
        ['c06', 60_000],
        ['c08', 30_000],
      ]),
    );
    expect(g.totalFen).toBe(1_000_000 * YUAN);
    expect(g.ranked.map((r) => [r.customerId, r.rank, r.cumulativeBp, r.grade])).toEqual([
      ['c01', 1, 3000, 'A'],
      ['c02', 2, 5000, 'A'],
      ['c03', 3, 6500, 'A'],
      ['c04', 4, 7500, 'B'],
      ['c05', 5, 8300, 'B'],
      ['c06', 6, 8900, 'B'],
      ['c07', 7, 9400, 'C'],
      ['c08', 8, 9700, 'C'],
      ['c09', 9, 9900, 'C'],
      ['c10', 10, 10_000, 'C'],
    ]);
    expect(g.ranked[2]).toMatchObject({ amountFen: 150_000 * YUAN, cumulativeFen: 650_000 * YUAN, shareBp: 1500 });
    // 3 / 3 / 4 customers (30% / 30% / 40%) against the ideal 20 / 40 / 40.
    expect(g.mix).toEqual([
      { grade: 'A', customers: 3, customerBp: 3000, idealBp: 2000, deviationBp: 1000, amountFen: 650_000 * YUAN, salesBp: 6500 },
      { grade: 'B', customers: 3, customerBp: 3000, idealBp: 4000, deviationBp: -1000, amountFen: 240_000 * YUAN, salesBp: 2400 },
      { grade: 'C', customers: 4, customerBp: 4000, idealBp: 4000, deviationBp: 0, amountFen: 110_000 * YUAN, salesBp: 1100 },
    ]);
  });

  it('classes a customer that brings the running total to exactly 55% as A, and the next one as B', () => {
    expect(gradesIn(gradeAbc(sales([['x', 55], ['y', 30], ['z', 15]])))).toEqual({ x: 'A', y: 'B', z: 'C' });
    // 54.99% before the second customer: still A (running total 84.99%); 84.99% before the third: still B.
    expect(gradesIn(gradeAbc(sales([['first', 5499], ['second', 3000], ['third', 1501]])))).toEqual({ first: 'A', second: 'A', third: 'B' });
  });

  it('keeps the largest customer in A even when it alone passes 85%', () => {
    expect(gradesIn(gradeAbc(sales([['big', 90], ['s1', 5], ['s2', 5]])))).toEqual({ big: 'A', s1: 'C', s2: 'C' });
  });

  it('orders equal amounts by customer id, whatever the input order', () => {
    // Four customers of 25% each: before a 0%, before b 25%, before c 50% (all A), before d 75% (B).
    const g = gradeAbc(sales([['b', 50], ['d', 50], ['a', 50], ['c', 50]]));
    expect(g.ranked.map((r) => [r.customerId, r.grade])).toEqual([
      ['a', 'A'],
      ['b', 'A'],
      ['c', 'A'],
      ['d', 'B'],
    ]);
  });

  it('lists customers without sales apart, never as A, B or C', () => {
    const g = gradeAbc(sales([['returns', -300], ['nothing', 0], ['no-orders', null], ['buyer', 100]]));
    expect(g.ranked.map((r) => r.customerId)).toEqual(['buyer']);
    expect(g.totalFen).toBe(100 * YUAN);
    expect(g.none).toEqual([
      { customerId: 'nothing', amountFen: 0, grade: 'none' },
      { customerId: 'returns', amountFen: -300 * YUAN, grade: 'none' },
      { customerId: 'no-orders', amountFen: null, grade: 'none' },
    ]);
    expect(g.mix.map((m) => m.customers)).toEqual([1, 0, 0]);
  });

  it('handles a period without sales', () => {
    const g = gradeAbc(sales([['a', 0], ['b', null]]));
    expect(g.ranked).toEqual([]);
    expect(g.totalFen).toBe(0);
    expect(g.mix.map((m) => [m.customerBp, m.salesBp, m.deviationBp])).toEqual([
      [0, 0, -2000],
      [0, 0, -4000],
      [0, 0, -4000],
    ]);
  });

  it('shows shares that add up to 100.00% even when they do not divide evenly', () => {
    const g = gradeAbc(sales([['a', 1], ['b', 1], ['c', 1]]));
    expect(g.ranked.map((r) => [r.shareBp, r.cumulativeBp])).toEqual([
      [3333, 3333],
      [3334, 6667],
      [3333, 10_000],
    ]);
  });

  it('refuses bad input', () => {
    expect(() => gradeAbc([{ customerId: 'a', amountFen: 1.5 }])).toThrow(RangeError);
    expect(() => gradeAbc([{ customerId: 'a', amountFen: 1 }, { customerId: 'a', amountFen: 2 }])).toThrow(RangeError);
    expect(() => gradeAbc([], { ...DEFAULT_ABC_SETTINGS, aPercent: 85, bPercent: 55 })).toThrow(RangeError);
  });
});

describe('ABC settings', () => {
  const problems = (settings: Record<string, unknown>) => {
    const r = abcSettingsSchema.safeParse(settings);
    return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), splitBoth(i.message)?.zh]);
  };

  it('take the defaults and other valid thresholds', () => {
    expect(problems({ ...DEFAULT_ABC_SETTINGS })).toEqual([]);
    expect(problems({ aPercent: 60.5, bPercent: 90.25, idealAPercent: 20, idealBPercent: 30, idealCPercent: 50 })).toEqual([]);
  });

  it('require 0 < a < b < 100 and an ideal mix of 100%', () => {
    expect(problems({ ...DEFAULT_ABC_SETTINGS, aPercent: 0 })).toEqual([['aPercent', '须大于 0 且小于 100']]);
    expect(problems({ ...DEFAULT_ABC_SETTINGS, bPercent: 100 })).toEqual([['bPercent', '须大于 0 且小于 100']]);
    expect(problems({ ...DEFAULT_ABC_SETTINGS, aPercent: 85, bPercent: 85 })).toEqual([['bPercent', '须大于 A 类的 85%']]);
    expect(problems({ ...DEFAULT_ABC_SETTINGS, aPercent: 55.555 })).toEqual([['aPercent', '最多两位小数']]);
    expect(problems({ ...DEFAULT_ABC_SETTINGS, idealCPercent: 50 })).toEqual([['idealCPercent', 'A、B、C 三类的理想占比合计须为 100%']]);
    expect(problems({ ...DEFAULT_ABC_SETTINGS, aPercent: '55' })).toEqual([['aPercent', '请填写百分比数字']]);
  });
});

// Properties. Amounts up to 10^10 fen (100 million yuan) per customer, so that ×1000 stays exact.
const salesArb = fc.uniqueArray(
  fc.record({
    customerId: fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', '甲', '乙'), minLength: 1, maxLength: 4 }),
    amountFen: fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 0 }) },
      // small and repeated values, so that ties and running totals of exactly a% or b% are common
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 20 }) },
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 1e10 }) },
    ),
  }),
  { maxLength: 60, selector: (s) => s.customerId },
);
const limitBp = fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 19 }).map((twentieths) => twentieths * 500));
const settingsArb = fc
  .tuple(limitBp, limitBp)
  .filter(([x, y]) => x !== y)
  .map(([x, y]): AbcSettings => ({ ...DEFAULT_ABC_SETTINGS, aPercent: Math.min(x, y) / 100, bPercent: Math.max(x, y) / 100 }));

const ORDER = { A: 0, B: 1, C: 2 } as const;

describe('ABC properties', () => {
  it('shares add up to exactly the whole', () => {
    fc.assert(
      fc.property(salesArb, settingsArb, (list, settings) => {
        const g = gradeAbc(list, settings);
        expect(g.ranked.reduce((sum, r) => sum + r.amountFen, 0)).toBe(g.totalFen);
        if (g.ranked.length === 0) return;
        expect(g.ranked.at(-1)?.cumulativeFen).toBe(g.totalFen);
        expect(g.ranked.reduce((sum, r) => sum + r.shareBp, 0)).toBe(10_000);
        expect(g.ranked.at(-1)?.cumulativeBp).toBe(10_000);
        expect(g.mix.reduce((sum, m) => sum + m.customerBp, 0)).toBe(10_000);
        expect(g.mix.reduce((sum, m) => sum + m.salesBp, 0)).toBe(10_000);
        expect(g.mix.reduce((sum, m) => sum + m.customers, 0)).toBe(g.ranked.length);
      }),
    );
  });

  it('ranks by amount then id, with A before B before C', () => {
    fc.assert(
      fc.property(salesArb, settingsArb, (list, settings) => {
        const g = gradeAbc(list, settings);
        g.ranked.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          const next = g.ranked[i + 1];
          if (!next) return;
          expect(r.amountFen > next.amountFen || (r.amountFen === next.amountFen && r.customerId < next.customerId)).toBe(true);
          expect(ORDER[r.grade]).toBeLessThanOrEqual(ORDER[next.grade]);
        });
      }),
    );
  });

  it('grades every customer with sales exactly once, and never one without', () => {
    fc.assert(
      fc.property(salesArb, (list) => {
        const g = gradeAbc(list);
        const withSales = list.filter((s) => s.amountFen !== null && s.amountFen > 0).map((s) => s.customerId);
        expect(g.ranked.map((r) => r.customerId).sort()).toEqual([...withSales].sort());
        expect(g.none.map((r) => r.customerId).sort()).toEqual(list.map((s) => s.customerId).filter((id) => !withSales.includes(id)).sort());
        for (const n of g.none) expect(n.grade).toBe('none');
      }),
    );
  });

  it('makes A the shortest head reaching a%, and A with B the shortest head reaching b%', () => {
    fc.assert(
      fc.property(salesArb, settingsArb, (list, settings) => {
        const g = gradeAbc(list, settings);
        if (g.ranked.length === 0) return;
        const total = BigInt(g.totalFen);
        const head = (n: number) => (n === 0 ? 0n : BigInt(g.ranked[n - 1]?.cumulativeFen ?? 0)) * 10_000n;
        const reaches = (n: number, percent: number) => head(n) >= BigInt(Math.round(percent * 100)) * total;
        const a = g.ranked.filter((r) => r.grade === 'A').length;
        const ab = a + g.ranked.filter((r) => r.grade === 'B').length;
        expect(reaches(a, settings.aPercent)).toBe(true);
        expect(reaches(a - 1, settings.aPercent)).toBe(false);
        expect(reaches(ab, settings.bPercent)).toBe(true);
        if (ab > a) expect(reaches(ab - 1, settings.bPercent)).toBe(false);
      }),
    );
  });

  it('ends class A with the customer that brings the running total to exactly a%', () => {
    // n equal customers, a = j/n exactly: the first j are A, the next one (with j/n before it) is not.
    const arb = fc
      .constantFrom(2, 4, 5, 8, 10, 16, 20, 25, 40, 50)
      .chain((n) => fc.record({ n: fc.constant(n), j: fc.integer({ min: 1, max: n - 1 }), amount: fc.integer({ min: 1, max: 1e9 }) }));
    fc.assert(
      fc.property(arb, ({ n, j, amount }) => {
        const list = Array.from({ length: n }, (_, i) => ({ customerId: `c${String(i).padStart(2, '0')}`, amountFen: amount }));
        const aPercent = (j * 100) / n;
        const g = gradeAbc(list, { ...DEFAULT_ABC_SETTINGS, aPercent, bPercent: 99.99 });
        expect(g.ranked.filter((r) => r.grade === 'A')).toHaveLength(j);
        expect(g.ranked[j - 1]?.cumulativeBp).toBe(aPercent * 100);
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(salesArb, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort((x, y) => ((hash(x.customerId) ^ seed) >>> 0) - ((hash(y.customerId) ^ seed) >>> 0));
        expect(gradeAbc(shuffled)).toEqual(gradeAbc(list));
      }),
    );
  });

  it('gives the same classes when every amount is multiplied by k', () => {
    fc.assert(
      fc.property(salesArb, settingsArb, fc.integer({ min: 2, max: 1000 }), (list, settings, k) => {
        const scaled = list.map((s) => ({ ...s, amountFen: s.amountFen === null ? null : s.amountFen * k }));
        const before = gradeAbc(list, settings);
        const after = gradeAbc(scaled, settings);
        expect(gradesIn(after)).toEqual(gradesIn(before));
        expect(after.ranked.map((r) => [r.customerId, r.shareBp, r.cumulativeBp])).toEqual(before.ranked.map((r) => [r.customerId, r.shareBp, r.cumulativeBp]));
      }),
    );
  });
});

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}
