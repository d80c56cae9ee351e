/**
 * Shares as basis points (万分之一, 5500 = 55.00%), computed from integers: numerator × 10,000 / denominator
 * in bigint, rounded half away from zero. No floating-point share is ever accumulated.
 */
export const WHOLE = 10_000;

/** ⌊a ÷ b⌋ for whole numbers 0 ≤ a and 0 < b with a + b a safe integer: the float quotient, corrected exactly. */
function floorDivide(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

export function basisPoints(numerator: number | bigint, denominator: number | bigint): number {
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    if (denominator <= 0) throw new RangeError('a share needs a positive denominator');
    const scaled = Math.abs(numerator) * 2 * WHOLE + denominator;
    // Exact in ordinary numbers while every intermediate stays a safe integer (totals up to about ¥4.5 billion).
    if (Number.isSafeInteger(numerator) && Number.isSafeInteger(scaled) && Number.isSafeInteger(2 * denominator + scaled)) {
      const magnitude = floorDivide(scaled, 2 * denominator);
      return numerator < 0 && magnitude !== 0 ? -magnitude : magnitude;
    }
  }
  const num = BigInt(numerator);
  const den = BigInt(denominator);
  if (den <= 0n) throw new RangeError('a share needs a positive denominator');
  const magnitude = ((num < 0n ? -num : num) * 2n * BigInt(WHOLE) + den) / (2n * den);
  return Number(num < 0n ? -magnitude : magnitude);
}

/**
 * Each part's share of `total` such that the shares add up to exactly 10,000 when the parts add up to `total`:
 * share i is the rounded running total up to i minus the rounded running total up to i − 1, so the running
 * sum of the shares is always the rounded running share, and each share is within 1 basis point of its
 * exact value. With a zero total every share is 0.
 */
export function telescopedBasisPoints(parts: readonly (number | bigint)[], total: number | bigint): number[] {
  if (BigInt(total) === 0n) return parts.map(() => 0);
  // Running totals in ordinary numbers while they stay safe integers, in bigint otherwise.
  let running: number | bigint = 0;
  let previous = 0;
  return parts.map((part) => {
    const next: number | bigint = typeof running === 'number' && typeof part === 'number' ? running + part : BigInt(running) + BigInt(part);
    running = typeof next === 'number' && !Number.isSafeInteger(next) ? BigInt(running) + BigInt(part) : next;
    const cumulative = basisPoints(running, total);
    const share = cumulative - previous;
    previous = cumulative;
    return share;
  });
}

/** 5500 → "55.00%", -325 → "-3.25%": the display form of a basis-point share. */
export function formatPercent(bp: number): string {
  if (!Number.isSafeInteger(bp)) throw new RangeError(`not a whole number of basis points: ${bp}`);
  const abs = Math.abs(bp);
  return `${bp < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}

/** A percentage with at most two decimals (55, 55.5, 55.25) as basis points; null for anything finer. */
export function percentToBasisPoints(percent: number): number | null {
  if (!Number.isFinite(percent)) return null;
  const bp = Math.round(percent * 100);
  return Math.abs(bp - percent * 100) < 1e-6 ? bp : null;
}
