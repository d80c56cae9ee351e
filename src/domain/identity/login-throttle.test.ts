import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle';

describe('login throttle', () => {
  it('refuses after the limit and lets through again once the window has passed', () => {
    const t = new LoginThrottle({ limit: 3, windowMs: 1000 });
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfter('k', i)).toBe(0);
      t.fail('k', i);
    }
    expect(t.retryAfter('k', 3)).toBe(997);
    expect(t.retryAfter('other', 3)).toBe(0);
    expect(t.retryAfter('k', 1000)).toBe(0);
  });

  it('forgets failures after a success', () => {
    const t = new LoginThrottle({ limit: 1, windowMs: 1000 });
    t.fail('k', 0);
    t.clear('k');
    expect(t.retryAfter('k', 1)).toBe(0);
  });

  it('never asks to wait longer than the window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 30 }), fc.integer({ min: 0, max: 6000 }), (times, probe) => {
        const t = new LoginThrottle({ limit: 5, windowMs: 1000 });
        const sorted = [...times].sort((a, b) => a - b);
        for (const at of sorted) t.fail('k', at);
        const now = Math.max(probe, sorted[sorted.length - 1] ?? 0);
        const wait = t.retryAfter('k', now);
        return wait >= 0 && wait <= 1000;
      }),
    );
  });
});
