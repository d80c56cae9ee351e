/** Latency samples of one timed run and what the report shows of them. */
export interface Measurement {
  /** Median and 95th percentile of the request latencies, in milliseconds. */
  p50: number;
  p95: number;
  /** Completed requests per second. */
  rps: number;
  requests: number;
}

/** The value below which `p` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** No response within the round: its latencies are longer than the round (Infinity, shown as such). */
export function summarise(samples: number[], seconds: number): Measurement {
  if (samples.length === 0) return { p50: Infinity, p95: Infinity, rps: 0, requests: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), rps: samples.length / seconds, requests: samples.length };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `once` from `concurrency` loops at the same time for `seconds`, timing each call. */
export async function closedLoop(concurrency: number, seconds: number, once: () => Promise<unknown>): Promise<Measurement> {
  const samples: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      await once();
      samples.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(samples, (performance.now() - started) / 1000);
}
