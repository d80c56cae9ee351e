import { WHOLE } from '../sales/basis-points';
import { checkFen, type Fen } from '../sales/fen';
import { collectionRateBp } from '../sales/receivables';

/**
 * The collection rate (回款率) of a statement row, as the 客情费 rules use it:
 *
 *   rate = collections ÷ net purchases of the statement month, in basis points,
 *          rounded DOWN to a whole basis point, and capped at 10,000 (100%).
 *
 * - Rounded down, never up, so a customer who has not paid everything never shows 100.00% (99.996% shows
 *   99.99%), and the payable amount derived from the rate never exceeds what the money collected supports.
 * - Capped at 100%: collections in the month may also settle earlier months' purchases; they never make the
 *   payout more than the standard (seed 002: 兑现率 follows 回款率, and 100% is full payout).
 * - No rate (null, shown as "—") when net purchases are zero or negative (only returns, or collections of
 *   an earlier month's debt): there is no 纯销 (net sale) that month, so nothing is payable for it.
 *
 * Which collections count is the caller's choice; the expense statement passes the money collected during
 * the statement month from that customer.
 */
export function statementCollectionRateBp(purchasesFen: Fen, collectedFen: Fen): number | null {
  checkFen(purchasesFen, 'purchases');
  checkFen(collectedFen, 'collections');
  if (collectedFen < 0) throw new RangeError(`collections cannot be negative, got ${collectedFen}`);
  const rate = collectionRateBp(purchasesFen, collectedFen);
  return rate === null ? null : Math.min(rate, WHOLE);
}

/**
 * `fen` × `bp` / 10,000, rounded half up to a whole fen, computed in bigint (never a float):
 * 300.01 yuan at 50.00% is 150.005 → 150.01 yuan. Only for amounts and rates that are not negative.
 */
export function applyRate(fen: Fen, bp: number): Fen {
  checkFen(fen);
  if (fen < 0 || !Number.isSafeInteger(bp) || bp < 0) throw new RangeError(`applyRate needs a non-negative amount and rate, got ${fen} × ${bp}`);
  const whole = BigInt(WHOLE);
  const result = Number((2n * BigInt(fen) * BigInt(bp) + whole) / (2n * whole));
  checkFen(result);
  return result;
}
