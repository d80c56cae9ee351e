import { sumFen, type Fen } from './fen';

/**
 * What a customer still owes on an order: its amount less the goods returned against it and the money
 * already collected. A collection larger than that is refused, naming what is owed.
 */
export interface OrderBalance {
  amountFen: Fen;
  /** Returns booked against this order, as positive amounts. */
  returnedFen: Fen;
  collectedFen: Fen;
}

export function owedOn(order: OrderBalance): Fen {
  return sumFen([order.amountFen, -order.returnedFen, -order.collectedFen]);
}

export type CollectionCheck = { ok: true; owedAfterFen: Fen } | { ok: false; reason: 'nothing-owed' | 'more-than-owed'; owedFen: Fen };

export function checkCollection(order: OrderBalance, amountFen: Fen): CollectionCheck {
  const owed = owedOn(order);
  if (owed <= 0) return { ok: false, reason: 'nothing-owed', owedFen: Math.max(owed, 0) };
  if (amountFen > owed) return { ok: false, reason: 'more-than-owed', owedFen: owed };
  return { ok: true, owedAfterFen: owed - amountFen };
}

/** The collection rate of a period (回款率), in basis points of the amount sold; null when nothing was sold. */
export function collectionRateBp(soldFen: Fen, collectedFen: Fen): number | null {
  if (soldFen <= 0) return null;
  return Number((BigInt(collectedFen) * 10_000n) / BigInt(soldFen));
}
