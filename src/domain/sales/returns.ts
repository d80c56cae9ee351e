/**
 * What may still be returned from a sale: per product, the quantity sold less what earlier returns took
 * back. A return asking for more of a product is refused, naming the product and what is left.
 */
export interface QuantityOf {
  productId: string;
  /** Positive: units sold, or units an earlier return took back. */
  quantity: number;
}

export function returnableQuantities(sold: readonly QuantityOf[], returnedBefore: readonly QuantityOf[]): Map<string, number> {
  const left = new Map<string, number>();
  for (const l of sold) left.set(l.productId, (left.get(l.productId) ?? 0) + l.quantity);
  for (const l of returnedBefore) left.set(l.productId, (left.get(l.productId) ?? 0) - l.quantity);
  return left;
}

export interface ReturnExcess {
  productId: string;
  asked: number;
  left: number;
}

/** The products a return asks too much of (several lines of one product are added up); empty when it fits. */
export function returnExcesses(left: ReadonlyMap<string, number>, asked: readonly QuantityOf[]): ReturnExcess[] {
  const wanted = new Map<string, number>();
  for (const l of asked) wanted.set(l.productId, (wanted.get(l.productId) ?? 0) + l.quantity);
  return [...wanted]
    .map(([productId, q]) => ({ productId, asked: q, left: Math.max(left.get(productId) ?? 0, 0) }))
    .filter((x) => x.asked > x.left);
}

/** The first day of the month of a calendar date (YYYY-MM-DD), the key of the monthly sales aggregate. */
export function monthOf(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a calendar date: ${date}`);
  return `${date.slice(0, 7)}-01`;
}
