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
  // In ordinary numbers while the running sum stays a safe integer (then every step is exact), in bigint after.
  let small = 0;
  let big: bigint | null = null;
  for (const v of values) {
    checkFen(v);
    if (big !== null) big += BigInt(v);
    else if (Number.isSafeInteger(small + v)) small += v;
    else big = BigInt(small) + BigInt(v);
  }
  if (big === null) return small;
  const result = Number(big);
  if (!Number.isSafeInteger(result)) throw new RangeError(`the sum ${big} fen is too large to be exact`);
  return result;
}
