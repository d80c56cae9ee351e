/**
 * Money is counted in integer fen (分, 1 yuan = 100 fen) held in a JS number. The database gives int8 columns
 * to the server as numbers (see src/server/db), JSON has no bigint, and any amount a customer or a whole
 * organisation can reach (up to Number.MAX_SAFE_INTEGER fen, about 90 trillion yuan) is exact in a number.
 * Sums are checked to stay exact; products (share × 10,000, amount × threshold) are done in bigint, where
 * they may exceed 2^53.
 */
export type Fen = number;

export function checkFen(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number of fen, got ${value}`);
}

/** The exact sum of whole amounts of fen; refuses a sum too large to be exact. */
export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0n;
  for (const v of values) {
    checkFen(v);
    total += BigInt(v);
  }
  const result = Number(total);
  if (!Number.isSafeInteger(result)) throw new RangeError(`the sum ${total} fen is too large to be exact`);
  return result;
}
