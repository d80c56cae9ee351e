/**
 * Counts failed logins in a sliding window, per key (an account, an address). Pure: the caller passes
 * the clock. A key that reaches the limit is refused until its oldest failure leaves the window.
 */
export interface ThrottleRule {
  limit: number;
  windowMs: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly rule: ThrottleRule) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.rule.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds until the key may try again, or 0 if it may try now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.rule.limit) return 0;
    return (recent[recent.length - this.rule.limit] ?? now) + this.rule.windowMs - now;
  }

  fail(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  /** Drops keys whose failures have all expired (call now and then to bound memory). */
  sweep(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
