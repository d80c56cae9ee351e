import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from './compare';

describe('compareCodeUnits', () => {
  it('orders by code unit, not by locale: capitals before small letters, Chinese by code point', () => {
    expect(['b', 'B', 'a', '2026-10-01', '2025-12-31'].sort(compareCodeUnits)).toEqual(['2025-12-31', '2026-10-01', 'B', 'a', 'b']);
    expect(['张', '李', '王'].sort(compareCodeUnits)).toEqual(['张', '李', '王'].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!));
    expect(compareCodeUnits('x', 'x')).toBe(0);
  });
});
