import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCollection, collectionRateBp, owedOn } from './receivables';

describe('collections against an order', () => {
  const order = { amountFen: 100_000, returnedFen: 20_000, collectedFen: 30_000 };

  it('owes the amount less returns and collections', () => {
    expect(owedOn(order)).toBe(50_000);
  });

  it('accepts up to what is owed and refuses more, naming what is owed', () => {
    expect(checkCollection(order, 50_000)).toEqual({ ok: true, owedAfterFen: 0 });
    expect(checkCollection(order, 50_001)).toEqual({ ok: false, reason: 'more-than-owed', owedFen: 50_000 });
    expect(checkCollection({ ...order, collectedFen: 80_000 }, 1)).toEqual({ ok: false, reason: 'nothing-owed', owedFen: 0 });
  });

  it('never lets collections exceed the amount owed, whatever the sequence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.array(fc.integer({ min: 1, max: 1e9 }), { maxLength: 20 }), (amountFen, tries) => {
        let collectedFen = 0;
        for (const t of tries) {
          const r = checkCollection({ amountFen, returnedFen: 0, collectedFen }, t);
          if (r.ok) collectedFen += t;
        }
        return collectedFen <= amountFen;
      }),
    );
  });
});

describe('collection rate', () => {
  it('is in basis points, rounded down, and absent without sales', () => {
    expect(collectionRateBp(300_000, 200_000)).toBe(6666);
    expect(collectionRateBp(300_000, 300_000)).toBe(10_000);
    expect(collectionRateBp(0, 100)).toBeNull();
  });
});
